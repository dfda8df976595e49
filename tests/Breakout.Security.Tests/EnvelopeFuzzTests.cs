using System.Xml;
using System.Xml.Linq;
using Breakout.TestSupport;
using CsCheck;

namespace Breakout.Security.Tests;

/// <summary>
/// Property: whatever a mutated envelope looks like, the server answers it over HTTP with 200, a 4xx or 500, and a
/// well-formed SOAP envelope whose Body holds one response or one Fault. Fixed seed, small count, so it runs in CI.
/// </summary>
public sealed class EnvelopeFuzzTests
{
    private const int Count = 300;

    /// <summary>Which valid envelope to start from (Login or SessionRegAction, SOAP 1.1 or 1.2) and one to three edits.</summary>
    private static readonly Gen<(int Base, EnvelopeMutation[] Mutations)> Case =
        Gen.Select(Gen.Int[0, 3],
            Gen.Select(Gen.Int[0, EnvelopeMutation.Kinds - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 64], Gen.Int[0, int.MaxValue], Gen.Byte.Array[1, 8],
                (kind, position, length, other, bytes) => new EnvelopeMutation(kind, position, length, other, bytes)).Array[1, 3]);

    [Fact]
    public async Task MutatedEnvelopes_AreAlwaysAnsweredWithAWellFormedSoapResponseOrFault()
    {
        // Lockout off: mutations that only change the password must not lock the demo user out of the final Login.
        await using var server = await BreakoutServer.StartAsync(["--Breakout:MaxFailedLogins=1000000", "--Logging:LogLevel:Default=Error"]);
        var token = await server.LoginAsync();
        var m = server.Manifest;
        var login = SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password);
        var sessionReg = SoapEnvelopes.SessionRegAction(token, "Register", server.Session("KEY").Id,
            (server.AcceptedInvitees.First().Id, null, "fuzz"), (server.Conference.Guests.First().Id, null, null));
        string[] bases = [login, sessionReg, ToSoap12(login), ToSoap12(sessionReg)];

        // One sample of Count cases from a fixed seed: the whole run is the same every time.
        await Case.Array[Count].SampleAsync(async cases =>
        {
            foreach (var (index, mutations) in cases)
            {
                var body = mutations.Aggregate(HostileEnvelopes.Utf8(bases[index]), (bytes, mutation) => mutation.Apply(bytes));
                var contentType = index < 2 ? "text/xml; charset=utf-8" : "application/soap+xml; charset=utf-8";
                var reply = await new RawRequest(body, contentType).SendAsync(server, TestContext.Current.CancellationToken);
                AssertWellFormedAnswer(reply, $"base {index}, mutations {string.Join(' ', mutations.Select(x => x.ToString()))}");
            }
        }, seed: "000000000000", iter: 1, threads: 1);

        Assert.False(string.IsNullOrEmpty(await server.LoginAsync()));
    }

    private static string ToSoap12(string envelope) =>
        envelope.Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope", StringComparison.Ordinal);

    private static void AssertWellFormedAnswer(SoapReply reply, string what)
    {
        Assert.True(reply.Status is 200 or 500 or (>= 400 and < 500), $"HTTP {reply.Status} for {what}");
        XDocument xml;
        try
        {
            xml = reply.Xml;
        }
        catch (XmlException ex)
        {
            Assert.Fail($"Not XML ({ex.Message}), HTTP {reply.Status} {reply.ContentType}, for {what}: {reply.Body}");
            return;
        }

        var soap = xml.Root!.Name.Namespace;
        Assert.True(xml.Root.Name.LocalName == "Envelope" && (soap == HostileEnvelopes.Soap11 || soap == HostileEnvelopes.Soap12), what);
        var content = Assert.Single(Assert.Single(xml.Root.Elements(soap + "Body")).Elements());
        if (reply.Status == 200)
        {
            Assert.EndsWith("Response", content.Name.LocalName, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(soap + "Fault", content.Name);
            Assert.False(string.IsNullOrEmpty(reply.FaultCode), what);
        }
    }
}
