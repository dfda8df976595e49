using System.Text.Json;
using Breakout.TestSupport;

namespace Interop.Tests.Scenario;

/// <summary>What a client read from its CopyEvent call (#18), and the check that the copy exists with the title it sent.</summary>
public sealed record CopyEventOutcome(string? Id, string? ReferenceId, bool Success, string Title)
{
    public static CopyEventOutcome Parse(string json) =>
        JsonSerializer.Deserialize<CopyEventOutcome>(json.Trim(), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The client printed no result.");

    /// <summary>The client read a successful item with its MessageId, and Retrieve serves the copy: a new event with the title sent.</summary>
    public async Task AssertCopiedAsync(BreakoutServer server, string messageId)
    {
        Assert.True(Success);
        Assert.Equal(messageId, ReferenceId);
        Assert.NotNull(Id);
        Assert.NotEqual(server.Conference.Id, Id);
        var token = await server.LoginAsync();
        var body = $"<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Event</ObjectType><Ids xmlns=\"{SoapEnvelopes.S1}\"><Id>{Id}</Id></Ids></Retrieve>";
        var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, body), SoapEnvelopes.Action("Retrieve"));
        var copy = Assert.Single(reply.Xml.Descendants(SoapEnvelopes.S1 + "CvObject"));
        Assert.Equal(Title, (string?)copy.Attribute("EventTitle"));
        Assert.StartsWith("2028-06-14T09:00:00", (string?)copy.Attribute("EventStartDate"), StringComparison.Ordinal);
        Assert.NotEmpty(copy.Elements(SoapEnvelopes.S1 + "ProductDetail"));
    }
}
