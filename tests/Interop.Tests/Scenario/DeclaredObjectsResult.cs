using System.Text.Json;
using Breakout.TestSupport;

namespace Interop.Tests.Scenario;

/// <summary>
/// What a client printed after retrieving the demo's first Speaker and Transaction (clients/*/declared_objects.*): the
/// type each was decoded as (from <c>xsi:type</c>) and the fields the assertions read.
/// </summary>
public static class DeclaredObjectsResult
{
    public static void AssertDecoded(BreakoutServer server, string output)
    {
        using var json = JsonDocument.Parse(output);
        var speaker = json.RootElement.GetProperty("speaker");
        var transaction = json.RootElement.GetProperty("transaction");
        string? Text(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).ToString();

        Assert.Equal("Speaker", Text(speaker, "type"));
        Assert.Equal(server.Manifest.Objects.First(o => o.Type == "Speaker").Id, Text(speaker, "id"));
        Assert.Equal(("Katherine", server.Conference.Id), (Text(speaker, "firstName"), Text(speaker, "eventId")));
        Assert.True(speaker.GetProperty("displayOnWebsite").GetBoolean());
        Assert.Equal([server.Session("KEY").Id], speaker.GetProperty("sessions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Transaction", Text(transaction, "type"));
        Assert.Equal(server.Manifest.Objects.First(o => o.Type == "Transaction").Id, Text(transaction, "id"));
        Assert.Equal(("Online Charge", 450m), (Text(transaction, "transactionType"), decimal.Parse(Text(transaction, "amount")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(transaction.GetProperty("paidInFull").GetBoolean());
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // #17 part B
    /// <summary>The demo's first Response as a script printed it (clients/*/declared_objects.*, property <c>response</c>).</summary>
    public static void AssertResponseDecoded(BreakoutServer server, string output)
    {
        using var json = JsonDocument.Parse(output);
        AssertResponseDecoded(server, json.RootElement.GetProperty("response").Deserialize<ResponseOutcome>(Json)!);
    }

    /// <summary>
    /// The demo's first Response as a client decoded it: its <c>SurveyDetail</c> elements (type ResponseSurveyDetail, fields
    /// as child elements) with their nested <c>Answer</c> elements, nil ones decoded as null.
    /// </summary>
    public static void AssertResponseDecoded(BreakoutServer server, ResponseOutcome response)
    {
        Assert.Equal("Response", response.Type);
        Assert.Equal(server.Manifest.Objects.First(o => o.Type == "Response").Id, response.Id);
        Assert.Equal("Complete Response", response.Status);
        Assert.Equal(["RATING", "SESSIONS", "COMMENTS"], response.Details.Select(d => d.Code));
        Assert.Equal((1, "4.00"), (response.Details[0].Type, response.Details[0].Score));
        Assert.Equal(["Excellent"], response.Details[0].Answers);
        Assert.Equal(["Opening Keynote", "Hands-on Workshop"], response.Details[1].Answers);
        Assert.Equal([null], response.Details[2].Answers);
        Assert.Equal(["Great talks, more coffee please."], response.Details[2].Comments);
    }
}
