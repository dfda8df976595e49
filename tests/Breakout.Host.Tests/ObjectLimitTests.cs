using Breakout.Host.Tests.Contacts;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// The object-read settings: the result limits of Search and GetUpdated/GetDeleted (CV20012), configured low so the
/// test can pass them, and GetUpdated keeping seconds; GetDeleted fed by DeleteContact's tombstones. A server of its
/// own with a clock the test moves.
/// </summary>
public sealed class ObjectLimitTests : IAsyncLifetime
{
    private readonly ManualClock clock = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    private BreakoutServer Server { get; set; } = null!;

    private string Token { get; set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync(
            ["--Breakout:MaxSearchResults=3", "--Breakout:MaxUpdatedResults=2", "--Breakout:GetUpdatedMinuteRounding=false"], s => s.AddSingleton<TimeProvider>(clock));
        Token = await Server.LoginAsync();
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    private async Task<IReadOnlyList<string>> CreateContactsAsync(int count)
    {
        var body = ContactServerFixture.ContactsBody("CreateContact",
            [.. Enumerable.Range(0, count).Select(i => $"LastName=\"Limit{i}\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"")]);
        var results = ContactResult.Parse(await Server.CallAsync(Token, "CreateContact", body), "CreateContact");
        Assert.All(results, r => Assert.True(r.Success));
        return [.. results.Select(r => r.Id!)];
    }

    [Fact]
    public async Task Search_MatchingMoreThanTheLimit_FaultsCV20012_AndDescribeGlobalReportsTheLimit()
    {
        Assert.True(Server.Conference.Sessions.Count > 3 && Server.Manifest.Events.Count <= 3);

        var all = await Server.CallAsync(Token, "Search", Search("Session", "AndSearch"));
        var events = await Server.CallAsync(Token, "Search", Search("Event", "AndSearch"));
        var global = await Server.CallAsync(Token, "DescribeGlobal", "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />");

        Assert.Equal((500, "CV20012", "TOO_MANY_RESULTS"), (all.Status, all.FaultCode, all.FaultString));
        Assert.Equal(Server.Manifest.Events.Select(e => e.Id).Order(), Ids(events, "Search").Order());
        Assert.Equal("3", (string?)global.Xml.Descendants(SoapEnvelopes.S1 + "DescribeGlobalResult").Single().Attribute("MaxRecordSet"));
    }

    [Fact]
    public async Task GetUpdatedAndGetDeleted_OverTheLimit_FaultCV20012_AtTheLimit_AnswerEveryId()
    {
        clock.Advance(TimeSpan.FromMinutes(10));
        var start = clock.GetUtcNow();
        var two = await CreateContactsAsync(2);
        var window = Window("GetUpdated", "Contact", Gmt(start), Gmt(start.AddMinutes(1)));

        Assert.Equal(two.Order(), Ids(await Server.CallAsync(Token, "GetUpdated", window), "GetUpdated").Order());
        await CreateContactsAsync(1);
        var over = await Server.CallAsync(Token, "GetUpdated", window);
        Assert.Equal((500, "CV20012", "TOO_MANY_RESULTS"), (over.Status, over.FaultCode, over.FaultString));

        clock.Advance(TimeSpan.FromMinutes(10));
        var deletedAt = clock.GetUtcNow();
        var deletes = ContactResult.Parse(
            await Server.CallAsync(Token, "DeleteContact", ContactServerFixture.DeleteBody($"Id=\"{two[0]}\" MessageId=\"d1\"")), "DeleteContact");
        Assert.True(Assert.Single(deletes).Success);
        var deletedWindow = Window("GetDeleted", "Contact", Gmt(deletedAt), Gmt(deletedAt.AddMinutes(1)));

        Assert.Equal([two[0]], Ids(await Server.CallAsync(Token, "GetDeleted", deletedWindow), "GetDeleted"));
        Assert.Empty(Ids(await Server.CallAsync(Token, "GetDeleted", Window("GetDeleted", "Contact", Gmt(start), Gmt(deletedAt))), "GetDeleted"));
        Assert.Empty(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Contact", two[0]))));

        var rest = ContactServerFixture.DeleteBody($"Id=\"{two[1]}\" MessageId=\"d2\"", $"Id=\"{(await CreateContactsAsync(1))[0]}\" MessageId=\"d3\"");
        Assert.All(ContactResult.Parse(await Server.CallAsync(Token, "DeleteContact", rest), "DeleteContact"), r => Assert.True(r.Success));
        var overDeleted = await Server.CallAsync(Token, "GetDeleted", deletedWindow);
        Assert.Equal((500, "CV20012", "TOO_MANY_RESULTS"), (overDeleted.Status, overDeleted.FaultCode, overDeleted.FaultString));
    }

    [Fact]
    public async Task GetUpdated_WithoutMinuteRounding_HonoursSeconds()
    {
        clock.Advance(TimeSpan.FromMinutes(40).Add(TimeSpan.FromSeconds(30)));
        var changedAt = clock.GetUtcNow();
        var id = Assert.Single(await CreateContactsAsync(1));

        var around = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Contact", Gmt(changedAt.AddSeconds(-10)), Gmt(changedAt.AddSeconds(10)))), "GetUpdated");
        var before = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Contact", Gmt(changedAt.AddSeconds(-20)), Gmt(changedAt.AddSeconds(-10)))), "GetUpdated");

        Assert.Equal([id], around);
        Assert.Empty(before);
    }
}
