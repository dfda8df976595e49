using System.Text.RegularExpressions;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>
/// Posts the seed's exact sample requests (placeholders replaced by demo values) and compares the response with
/// the seed's sample response byte for byte, placeholders replaced by the values the server must return, and the
/// SOAP 1.2 sample's <c>soap12</c> prefix by the <c>soap</c> the ASMX runtime writes.
/// </summary>
public sealed partial class GoldenWireTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly Lazy<string> SeedPage = new(() => File.ReadAllText(SharedFiles.Seed("SessionRegAction.asmx.txt")));

    private static string Seed => SeedPage.Value;

    [Theory]
    [InlineData("SOAP 1.1", "text/xml; charset=utf-8")]
    [InlineData("SOAP 1.2", "application/soap+xml; charset=utf-8")]
    public async Task SeedRequest_GetsSeedResponse_ByteForByte(string section, string contentType)
    {
        var server = fixture.Server;
        var (request, response) = SeedSamples(section);
        var first = server.AcceptedInvitees.ElementAt(section == "SOAP 1.1" ? 100 : 101);
        var declined = server.Conference.Invitees.First(i => i.Status == "Declined");

        var filled = Fill(request, ("string", fixture.Token))
            .Replace("SessionRegActionType=\"Register or Unregister\" ProductId=\"string\"",
                $"SessionRegActionType=\"Register\" ProductId=\"{server.Session("MTA").Id}\"", StringComparison.Ordinal);
        filled = FillInvitee(filled, first.Id, "golden-1");
        filled = FillInvitee(filled, declined.Id, "golden-2");

        var reply = section == "SOAP 1.1"
            ? await server.PostSoap11Async(filled, "\"http://api.cvent.com/2006-11/SessionRegAction\"")
            : await server.PostSoap12Async(filled);

        var expected = AsTheRuntimeWritesIt(Fill(response, ("string", fixture.Token)));
        expected = ResultBlock().Replace(expected,
            $"        <SessionRegActionResult Id=\"{first.Id}\" ReferenceId=\"golden-1\" Success=\"true\" />\n", 1);
        expected = ResultBlock().Replace(expected,
            $"""
                    <SessionRegActionResult Id="{declined.Id}" ReferenceId="golden-2" Success="false">
                      <Errors>
                        <Error Code="CV90104" Description="Invitee or guest must be in Accepted status" />
                      </Errors>
                    </SessionRegActionResult>

            """, 1);
        Assert.Equal(200, reply.Status);
        Assert.Equal(contentType, reply.ContentType);
        Assert.Equal(expected, reply.Body);
    }

    /// <summary>The sample request and response envelopes of one section of the seed.</summary>
    private static (string Request, string Response) SeedSamples(string section)
    {
        var start = Seed.IndexOf("\n" + section + "\n", StringComparison.Ordinal);
        var text = Seed[start..];
        var envelopes = Envelope().Matches(text);
        return (envelopes[0].Value, envelopes[1].Value);
    }

    /// <summary>
    /// The help page's SOAP 1.2 samples use the prefix <c>soap12</c>; the runtime writes <c>soap</c> for both versions
    /// (<c>SoapServerProtocol.WriteReturns</c>), and that is what clients receive.
    /// </summary>
    private static string AsTheRuntimeWritesIt(string sample) =>
        sample.Replace("soap12:", "soap:", StringComparison.Ordinal).Replace("xmlns:soap12=", "xmlns:soap=", StringComparison.Ordinal);

    /// <summary>Replaces the session header placeholder (the only <c>&gt;string&lt;</c> text node in the samples).</summary>
    private static string Fill(string text, (string Placeholder, string Value) header) =>
        text.Replace($">{header.Placeholder}<", $">{header.Value}<", StringComparison.Ordinal);

    private static string FillInvitee(string request, string id, string messageId)
    {
        var line = "<CvInvitee Id=\"string\" ConfirmationNumber=\"string\" MessageId=\"string\"";
        var index = request.IndexOf(line, StringComparison.Ordinal);
        return request[..index] + $"<CvInvitee Id=\"{id}\" ConfirmationNumber=\"\" MessageId=\"{messageId}\"" + request[(index + line.Length)..];
    }

    [GeneratedRegex(@"<\?xml.*?</soap(12)?:Envelope>", RegexOptions.Singleline)]
    private static partial Regex Envelope();

    [GeneratedRegex("        <SessionRegActionResult Id=\"string\".*?</SessionRegActionResult>\n", RegexOptions.Singleline)]
    private static partial Regex ResultBlock();
}
