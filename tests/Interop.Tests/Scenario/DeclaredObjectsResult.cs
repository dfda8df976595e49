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

    // #17 part B
    /// <summary>
    /// The demo's first Response as zeep decoded it: its <c>SurveyDetail</c> elements (type ResponseSurveyDetail, fields
    /// as child elements) with their nested <c>Answer</c> elements, nil ones decoded as null.
    /// </summary>
    public static void AssertResponseDecoded(BreakoutServer server, string output)
    {
        using var json = JsonDocument.Parse(output);
        var response = json.RootElement.GetProperty("response");

        Assert.Equal("Response", response.GetProperty("type").GetString());
        Assert.Equal(server.Manifest.Objects.First(o => o.Type == "Response").Id, response.GetProperty("id").GetString());
        Assert.Equal("Complete Response", response.GetProperty("status").GetString());
        var details = response.GetProperty("details").EnumerateArray().ToList();
        Assert.Equal(["RATING", "SESSIONS", "COMMENTS"], details.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal((1, "4.00"), (details[0].GetProperty("type").GetInt32(), details[0].GetProperty("score").GetString()));
        Assert.Equal(["Excellent"], details[0].GetProperty("answers").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Opening Keynote", "Hands-on Workshop"], details[1].GetProperty("answers").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([null], details[2].GetProperty("answers").EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Null ? null : a.GetString()));
        Assert.Equal(["Great talks, more coffee please."], details[2].GetProperty("comments").EnumerateArray().Select(a => a.GetString()));
    }
}
