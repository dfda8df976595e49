using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>
/// What one hostile request must get back: an exact HTTP status and either a fault code, a successful Login,
/// or SessionRegAction item results that all carry one error code.
/// </summary>
internal sealed record Expectation(int Status, string? FaultCode, bool Soap12, bool LoginSucceeds, string? ItemError, int ItemCount)
{
    public static Expectation Fault(string code, int status = 500, bool soap12 = false) => new(status, code, soap12, false, null, 0);

    public static Expectation Login(bool soap12 = false) => new(200, null, soap12, true, null, 0);

    public static Expectation Items(string error, int count = 1) => new(200, null, false, false, error, count);

    public void Check(SoapReply reply)
    {
        Assert.True(Status == reply.Status, $"Expected HTTP {Status}, got {reply.Status}: {Shorten(reply.Body)}");
        Assert.StartsWith(Soap12 ? "application/soap+xml" : "text/xml", reply.ContentType, StringComparison.Ordinal);
        var xml = reply.Xml;
        Assert.Equal(Soap12 ? HostileEnvelopes.Soap12 : HostileEnvelopes.Soap11, xml.Root!.Name.NamespaceName);
        Assert.Equal(FaultCode, reply.FaultCode);
        if (LoginSucceeds)
        {
            var result = Assert.Single(xml.Descendants(SoapEnvelopes.S1 + "LoginResult"));
            Assert.Equal("true", (string?)result.Attribute("LoginSuccess"));
        }

        if (ItemError is not null)
        {
            var items = ItemResult.Parse(xml);
            Assert.Equal(ItemCount, items.Count);
            Assert.All(items, item => Assert.Equal(ItemError, item.ErrorCode));
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
