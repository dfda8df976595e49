using System.Security;
using System.Text;

namespace Breakout.Security.Tests;

/// <summary>Envelope text for hostile cases, written so each case can change exactly one thing.</summary>
internal static class HostileEnvelopes
{
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";
    public const string Tns = "http://api.cvent.com/2006-11";
    public const string S1 = "http://schemas.cvent.com/api/2006-11";
    public const string Declaration = """<?xml version="1.0" encoding="utf-8"?>""";

    public static string X(string value) => SecurityElement.Escape(value);

    public static string Envelope11(string body, string header = "", string prefix = "soap") =>
        $"""{Declaration}<{prefix}:Envelope xmlns:{prefix}="{Soap11}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{(header.Length == 0 ? "" : $"<{prefix}:Header>{header}</{prefix}:Header>")}<{prefix}:Body>{body}</{prefix}:Body></{prefix}:Envelope>""";

    public static string Envelope12(string body, string header = "") =>
        $"""{Declaration}<soap12:Envelope xmlns:soap12="{Soap12}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{(header.Length == 0 ? "" : $"<soap12:Header>{header}</soap12:Header>")}<soap12:Body>{body}</soap12:Body></soap12:Envelope>""";

    public static string LoginBody(CaseContext c, string userName = "") =>
        $"""<Login xmlns="{Tns}"><AccountNumber>{X(c.Manifest.AccountNumber)}</AccountNumber><UserName>{(userName.Length == 0 ? X(c.Manifest.UserName) : userName)}</UserName><Password>{X(c.Manifest.Password)}</Password></Login>""";

    public static string Login11(CaseContext c) => Envelope11(LoginBody(c));

    public static string SessionHeader(string token, string ns = Tns, string attributes = "") =>
        $"""<CventSessionHeader xmlns="{ns}"{attributes}><CventSessionValue>{token}</CventSessionValue></CventSessionHeader>""";

    public static string Item(string id, string extra = "") => $"""<CvInvitee xmlns="{S1}" Id="{X(id)}"{extra} />""";

    public static string Items(string id, int count)
    {
        var items = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            items.Append(Item(id));
        }

        return items.ToString();
    }

    public static string Invitees(CaseContext c, string items, string typeAttribute = """ SessionRegActionType="Unregister" """) =>
        $"""<CvInvitees{typeAttribute} ProductId="{c.SessionId}">{items}</CvInvitees>""";

    public static string SessionRegBody(string inner) => $"""<SessionRegAction xmlns="{Tns}">{inner}</SessionRegAction>""";

    /// <summary>A valid SessionRegAction: Unregister of one invitee that is not registered.</summary>
    public static string SessionReg11(CaseContext c, string? items = null, string? header = null) =>
        Envelope11(SessionRegBody(Invitees(c, items ?? Item(c.InviteeId))), header ?? SessionHeader(c.Token));

    public static string Nested(string name, int depth)
    {
        var text = new StringBuilder(depth * (2 * name.Length + 5));
        for (var i = 0; i < depth; i++)
        {
            text.Append('<').Append(name).Append('>');
        }

        for (var i = 0; i < depth; i++)
        {
            text.Append("</").Append(name).Append('>');
        }

        return text.ToString();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
