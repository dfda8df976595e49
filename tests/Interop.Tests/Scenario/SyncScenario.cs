using System.Globalization;
using System.Xml.Linq;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Tests.Scenario;

/// <summary>
/// The sync loop Cvent's PHP, suds and hand-built clients run: Login; SessionRegAction Register of an accepted invitee
/// and of an ID that names no invitee into session MTA; Retrieve of both demo events and of the invitee's
/// Registration; Search for the invitee; GetUpdated of Registrations over a window that holds only this run's change.
/// </summary>
/// <remarks>
/// The server runs on a <see cref="ManualClock"/> set ten minutes back while the demo is imported, then moved to the
/// present: the demo's registrations are outside the window, the Register of the run is inside it, and its
/// <c>ActionDate</c> is the real time <see cref="InteropScenario.AssertRetrieved"/> expects.
/// </remarks>
public sealed class SyncScenario : IAsyncDisposable
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private SyncScenario(BreakoutServer server, DateTimeOffset windowStart)
    {
        Server = server;
        WindowStart = windowStart;
    }

    public BreakoutServer Server { get; }

    private DateTimeOffset WindowStart { get; }

    /// <summary>Where the scripts log in (their first argument).</summary>
    public string Endpoint => Server.Endpoint;

    /// <summary>The demo manifest the scripts read IDs and credentials from (their second argument).</summary>
    public string ManifestPath => InteropScenario.ManifestPath(Server);

    /// <summary>GetUpdated's StartDate: the minute the scenario's Register happens in (GMT, seconds are ignored).</summary>
    public string StartDate => Gmt(WindowStart);

    /// <summary>GetUpdated's EndDate, two minutes later.</summary>
    public string EndDate => Gmt(WindowStart.AddMinutes(2));

    public static async Task<SyncScenario> StartAsync()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddMinutes(-10));
        var server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        clock.Advance(TimeSpan.FromMinutes(10));
        return new SyncScenario(server, clock.GetUtcNow());
    }

    /// <summary>Holds the client's report to what Breakout must have answered, and checks the seat on the server itself.</summary>
    public async Task AssertAnsweredAsync(SyncResult result)
    {
        InteropScenario.AssertLoggedIn(Server, result.Login);
        InteropScenario.AssertRegistered(Server, result.Register);
        await AssertEventsAsync(result.Events);
        InteropScenario.AssertRetrieved(Server, result.Retrieve);
        InteropScenario.AssertFound(Server, result.Search);

        // The only Registration that changed in the window is the invitee's (the unknown ID changed nothing).
        Assert.Equal([InteropScenario.Invitee(Server).ToUpperInvariant()], [.. result.Updated.Select(id => id.ToUpperInvariant())]);

        // On the server, independently of what the client decoded: ValidateInvitee says the invitee holds the seat.
        var token = await Server.LoginAsync();
        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(token,
            $"""
            <ValidateInvitee xmlns="http://api.cvent.com/2006-11"><ProductType>Session</ProductType><ProductID>{InteropScenario.ProductId(Server)}</ProductID>
            <CheckPaidInFull>false</CheckPaidInFull><CvInvitees><CvInvitee Id="{InteropScenario.Invitee(Server)}" /></CvInvitees></ValidateInvitee>
            """), SoapEnvelopes.Action("ValidateInvitee"));
        Assert.Equal(200, reply.Status);
        var validated = Assert.Single(reply.Xml.Descendants(SoapEnvelopes.S1 + "ValidateInviteeResult"), e => e.Attribute("Registered") is not null);
        Assert.Equal("true", (string?)validated.Attribute("Registered"));
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    /// <summary>
    /// Both events, in the order asked, each decoded as <c>Event</c> with the values Breakout sent: title, status and
    /// sessions as the demo manifest has them, code and start date as a raw Retrieve shows them.
    /// </summary>
    private async Task AssertEventsAsync(IReadOnlyList<EventOutcome> events)
    {
        var expected = Server.Manifest.Events;
        Assert.Equal(expected.Count, events.Count);
        var sent = await RetrieveEventsAsync([.. expected.Select(e => e.Id)]);
        for (var i = 0; i < expected.Count; i++)
        {
            var (decoded, wire) = (events[i], sent[i]);
            Assert.Equal("Event", decoded.Type);
            Assert.Equal(expected[i].Id, decoded.Id, ignoreCase: true);
            Assert.Equal(expected[i].Title, decoded.Title);
            Assert.Equal(expected[i].Status, decoded.Status);
            Assert.Equal((string?)wire.Attribute("EventCode"), decoded.Code);
            Assert.False(string.IsNullOrEmpty(decoded.Code), "Retrieve returned no EventCode.");
            Assert.Equal(Date((string?)wire.Attribute("EventStartDate")), Date(decoded.StartDate));
            Assert.Equal(
                [.. expected[i].Sessions.Select(s => s.Id.ToUpperInvariant()).Order(StringComparer.Ordinal)],
                [.. decoded.Sessions.Select(s => s.ToUpperInvariant()).Order(StringComparer.Ordinal)]);
        }
    }

    private async Task<IReadOnlyList<XElement>> RetrieveEventsAsync(IReadOnlyList<string> ids)
    {
        var token = await Server.LoginAsync();
        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(token,
            $"""
            <Retrieve xmlns="http://api.cvent.com/2006-11"><ObjectType>Event</ObjectType>
            <Ids xmlns="http://schemas.cvent.com/api/2006-11">{string.Concat(ids.Select(id => $"<Id>{id}</Id>"))}</Ids></Retrieve>
            """), SoapEnvelopes.Action("Retrieve"));
        Assert.Equal(200, reply.Status);
        var objects = reply.Xml.Descendants(SoapEnvelopes.S1 + "CvObject").ToList();
        Assert.All(objects, o => Assert.Equal("Event", (string?)o.Attribute(Xsi + "type")));
        return objects;
    }

    private static DateTime Date(string? value)
    {
        Assert.True(DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date),
            $"'{value}' is not a date.");
        return date;
    }

    private static string Gmt(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
