using System.Net.Http.Headers;
using System.Text;

namespace Breakout.TestSupport;

/// <summary>A minimal SOAP 1.1 client over one endpoint (raw envelopes, real HTTP), for multi-node and load tests.</summary>
public sealed class SoapClient(string endpoint) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(60) };

    public string Endpoint { get; } = endpoint;

    public async Task<SoapReply> PostAsync(string envelope, string operation)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(envelope));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action(operation));
        using var response = await http.SendAsync(request);
        return new SoapReply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }

    public async Task<string> LoginAsync(string account, string user, string password)
    {
        var reply = await PostAsync(SoapEnvelopes.Login(account, user, password), "Login");
        var result = reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single();
        return (string?)result.Attribute("LoginSuccess") == "true"
            ? (string)result.Attribute("CventSessionHeader")!
            : throw new InvalidOperationException("Login failed: " + reply.Body);
    }

    public async Task<IReadOnlyList<ItemResult>> SessionRegActionAsync(string token, string action, string productId, IEnumerable<string> ids)
    {
        var reply = await PostAsync(
            SoapEnvelopes.SessionRegAction(token, action, productId, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]), "SessionRegAction");
        return reply.Status == 200 ? ItemResult.Parse(reply.Xml) : throw new InvalidOperationException($"{reply.Status}: {reply.Body}");
    }

    public void Dispose() => http.Dispose();
}
