using System.Security;
using System.Text;
using System.Xml.Linq;

namespace Breakout.TestSupport;

/// <summary>Raw request envelopes, written as text the way the seed's samples are.</summary>
public static class SoapEnvelopes
{
    public static readonly XNamespace Tns = "http://api.cvent.com/2006-11";
    public static readonly XNamespace S1 = "http://schemas.cvent.com/api/2006-11";

    public static string Action(string operation) => $"\"http://api.cvent.com/2006-11/{operation}\"";

    private static string X(string? value) => SecurityElement.Escape(value ?? "");

    public static string Login(string account, string user, string password) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>
            <Login xmlns="http://api.cvent.com/2006-11">
              <AccountNumber>{X(account)}</AccountNumber>
              <UserName>{X(user)}</UserName>
              <Password>{X(password)}</Password>
            </Login>
          </soap:Body>
        </soap:Envelope>
        """;

    /// <summary>A SOAP 1.1 request with the session header and <paramref name="body"/> as the Body's content.</summary>
    public static string WithHeader(string token, string body) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Header>
            <CventSessionHeader xmlns="http://api.cvent.com/2006-11">
              <CventSessionValue>{X(token)}</CventSessionValue>
            </CventSessionHeader>
          </soap:Header>
          <soap:Body>
        {body}
          </soap:Body>
        </soap:Envelope>
        """;

    /// <summary>The seed's SOAP 1.1 request shape; null attributes are left out.</summary>
    public static string SessionRegAction(string? token, string action, string? productId, params (string? Id, string? Confirmation, string? MessageId)[] items)
    {
        var body = new StringBuilder();
        foreach (var (id, confirmation, messageId) in items)
        {
            body.Append("        <CvInvitee");
            if (id is not null)
            {
                body.Append($" Id=\"{X(id)}\"");
            }

            if (confirmation is not null)
            {
                body.Append($" ConfirmationNumber=\"{X(confirmation)}\"");
            }

            if (messageId is not null)
            {
                body.Append($" MessageId=\"{X(messageId)}\"");
            }

            body.Append(" xmlns=\"http://schemas.cvent.com/api/2006-11\" />\n");
        }

        var header = token is null ? "" :
            $"""
              <soap:Header>
                <CventSessionHeader xmlns="http://api.cvent.com/2006-11">
                  <CventSessionValue>{X(token)}</CventSessionValue>
                </CventSessionHeader>
              </soap:Header>

            """;
        var product = productId is null ? "" : $" ProductId=\"{X(productId)}\"";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
            {header}  <soap:Body>
                <SessionRegAction xmlns="http://api.cvent.com/2006-11">
                  <CvInvitees SessionRegActionType="{X(action)}"{product}>
            {body}      </CvInvitees>
                </SessionRegAction>
              </soap:Body>
            </soap:Envelope>
            """;
    }
}
