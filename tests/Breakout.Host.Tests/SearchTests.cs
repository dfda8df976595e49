using Breakout.TestSupport;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>Search over HTTP with raw SOAP, on the demo's two events ("Breakout Demo Conference" BRK2027 and "Breakout Closed Summit" BRK2026).</summary>
public sealed class SearchTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    private string Conference => Server.Manifest.Events[0].Id;

    private string Summit => Server.Manifest.Events[1].Id;

    private async Task<IReadOnlyList<string>> SearchAsync(string type, string? searchType, params string[] filters) =>
        Ids(await Server.CallAsync(fixture.Token, "Search", Search(type, searchType, filters)), "Search");

    /// <summary>Every operator; expected: "C" the conference, "S" the summit.</summary>
    [Theory]
    [InlineData("EventTitle", "Equals", "breakout DEMO conference", "C")]
    [InlineData("EventTitle", "Not Equal to", "Breakout Demo Conference", "S")]
    [InlineData("EventStartDate", "Less than", "2027-06-14T09:00:00", "S")]
    [InlineData("EventStartDate", "Greater than", "2026-06-14T09:00:00", "C")]
    [InlineData("EventStartDate", "Less than or Equal to", "2027-06-14T09:00:00", "CS")]
    [InlineData("EventStartDate", "Greater than or Equal to", "2027-06-14T09:00:00", "C")]
    [InlineData("EventTitle", "Contains", "SUMMIT", "S")]
    [InlineData("EventTitle", "Does not Contain", "summit", "C")]
    [InlineData("EventCode", "Starts with", "brk202", "CS")]
    [InlineData("EventCode", "Includes", "BRK2026|BRK1999", "S")]
    [InlineData("EventCode", "Excludes", "BRK2026|BRK1999", "C")]
    [InlineData("EventStatus", "Equals", "Closed", "S")]
    [InlineData("Hidden", "Equals", "false", "CS")]
    [InlineData("EventTitle", "Contains", "%", "")]
    public async Task Search_EachOperator_FindsTheMatchingEvents(string field, string op, string value, string expected)
    {
        var ids = await SearchAsync("Event", "AndSearch", Filter(field, op, value.Split('|')));

        Assert.Equal(Expected(expected), ids);
    }

    [Fact]
    public async Task Search_AndSearchOrSearchAndNoFilter()
    {
        var contains = Filter("EventTitle", "Contains", "Breakout");
        var closed = Filter("EventStatus", "Equals", "Closed");
        var active = Filter("EventStatus", "Equals", "Active");

        Assert.Equal(Expected("S"), await SearchAsync("Event", "AndSearch", contains, closed));
        Assert.Equal(Expected("S"), await SearchAsync("Event", null, contains, closed));
        Assert.Equal(Expected("CS"), await SearchAsync("Event", "OrSearch", active, closed));
        Assert.Empty(await SearchAsync("Event", "AndSearch", active, closed));
        Assert.Equal(Expected("CS"), await SearchAsync("Event", "AndSearch"));
        Assert.Equal(Server.Conference.Sessions.Count, (await SearchAsync("Session", "AndSearch", Filter("EventId", "Equals", Conference.ToLowerInvariant()))).Count);
        var invitees = await SearchAsync("Invitee", "OrSearch",
            Filter("ConfirmationNumber", "Equals", Server.AcceptedInvitees.First().ConfirmationNumber), Filter("Status", "Equals", "No Response"));
        Assert.Contains(Server.AcceptedInvitees.First().Id, invitees);
    }

    [Fact]
    public async Task Search_OverSoap12_WithPrefixedElementsAndNoSearchType()
    {
        var envelope = $"""
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:ns1="{Tns}" xmlns:ns2="{S1}"><env:Header><ns1:CventSessionHeader>
            <ns1:CventSessionValue>{fixture.Token}</ns1:CventSessionValue></ns1:CventSessionHeader></env:Header><env:Body><ns1:Search><ns1:ObjectType>Event</ns1:ObjectType>
            <ns2:CvSearchObject><ns2:Filter><ns2:Field>EventCode</ns2:Field><ns2:Operator>Equals</ns2:Operator><ns2:Value>BRK2027</ns2:Value></ns2:Filter></ns2:CvSearchObject>
            </ns1:Search></env:Body></env:Envelope>
            """;

        var reply = await Server.PostSoap12Async(envelope, "http://api.cvent.com/2006-11/Search");

        Assert.Contains("<SearchResponse xmlns=\"http://api.cvent.com/2006-11\">", reply.Body, StringComparison.Ordinal);
        Assert.Equal(Expected("C"), Ids(reply, "Search"));
    }

    [Theory]
    [InlineData("Nope", "Equals", "x", "CV20010", "INVALID_SEARCH_FILTER")]
    [InlineData("Timezone", "Equals", "UTC", "CV20010", "INVALID_SEARCH_FILTER")]
    [InlineData("City", "Equals", "x", "CV20010", "INVALID_SEARCH_FILTER")]
    [InlineData("EventStartDate", "Equals", "June 2027", "CV20010", "INVALID_SEARCH_FILTER")]
    [InlineData("Hidden", "Equals", "yes", "CV20010", "INVALID_SEARCH_FILTER")]
    [InlineData("EventTitle", "Like", "x", "CV20015", "INVALID_SEARCH_OPERATOR")]
    [InlineData("EventTitle", "equals", "x", "CV20015", "INVALID_SEARCH_OPERATOR")]
    [InlineData("EventStartDate", "Contains", "2027", "CV20015", "INVALID_SEARCH_OPERATOR")]
    [InlineData("Hidden", "Greater than", "false", "CV20015", "INVALID_SEARCH_OPERATOR")]
    public async Task Search_BadFilter_Faults(string field, string op, string value, string code, string name)
    {
        var reply = await Server.CallAsync(fixture.Token, "Search", Search("Event", "AndSearch", Filter(field, op, value)));

        Assert.Equal(500, reply.Status);
        Assert.Equal((code, name), (reply.FaultCode, reply.FaultString));
    }

    [Fact]
    public async Task Search_MoreThan256Filters_FailsTheWholeCall_And256AreAnswered()
    {
        var filter = Filter("EventCode", "Starts with", "BRK");

        var tooMany = await Server.CallAsync(fixture.Token, "Search", Search("Event", "AndSearch", [.. Enumerable.Repeat(filter, 257)]));
        var limit = await SearchAsync("Event", "AndSearch", [.. Enumerable.Repeat(filter, 256)]);

        Assert.Equal(("CV20010", "INVALID_SEARCH_FILTER"), (tooMany.FaultCode, tooMany.FaultString));
        Assert.Equal(Expected("CS"), limit);
    }

    [Theory]
    [InlineData("Event", "Bogus", "CV10001")]
    [InlineData("Budget", "AndSearch", "BO20001")]
    [InlineData("Events", "AndSearch", "CV10001")]
    public async Task Search_BadTypeOrSearchType_Faults(string type, string searchType, string code)
    {
        var reply = await Server.CallAsync(fixture.Token, "Search", Search(type, searchType));

        Assert.Equal(code, reply.FaultCode);
    }

    private string[] Expected(string events) =>
        [.. new[] { ('C', Conference), ('S', Summit) }.Where(e => events.Contains(e.Item1, StringComparison.Ordinal)).Select(e => e.Item2).Order(StringComparer.Ordinal)];
}
