using System.Globalization;
using System.Net;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// Issue 21, history at any instant, in the console: a session's "as at" page shows who held a seat at the time
/// asked, from the registration history (the store method of <c>breakout export registrations --at</c>).
/// </summary>
public sealed class ConsoleSessionAtTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AsAt_ShowsTheSeatsHeldAtEachInstant_BeforeDuringAndAfterARegistration()
    {
        await using var server = await ConsoleServer.StartAsync();
        var token = await server.LoginAsync();
        var session = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First();
        var before = await TickAsync();
        Assert.True((await server.SessionRegActionAsync(token, "Register", session, (invitee.Id, null, "m-1")))[0].Success);
        var during = await TickAsync();
        Assert.True((await server.SessionRegActionAsync(token, "Unregister", session, (invitee.Id, null, "m-2")))[0].Success);
        using var client = ConsoleServer.NewClient(server);
        await ConsoleServer.SignInAsync(client);
        var path = $"/console/accounts/{server.Manifest.AccountNumber}/sessions/{session}/as-at?at=";

        var atBefore = await client.GetStringAsync(path + Uri.EscapeDataString(Iso(before)), Ct);
        var atDuring = await client.GetStringAsync(path + Uri.EscapeDataString(Iso(during)), Ct);
        var asPrinted = await client.GetStringAsync(path + Uri.EscapeDataString(during.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + " UTC"), Ct);
        var now = await client.GetStringAsync(path, Ct);

        Assert.Contains("Registered then (0)", atBefore, StringComparison.Ordinal);
        Assert.Contains("Registered then (1)", atDuring, StringComparison.Ordinal);
        Assert.Contains(invitee.ConfirmationNumber, atDuring, StringComparison.Ordinal);
        Assert.Contains("Registered then (1)", asPrinted, StringComparison.Ordinal);
        Assert.Contains("Registered then (0)", now, StringComparison.Ordinal);
        Assert.DoesNotContain(invitee.ConfirmationNumber, now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsAt_ATimeWithoutItsZone_IsRefused_AndAnUnknownSessionIsNotFound()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var client = ConsoleServer.NewClient(server);
        await ConsoleServer.SignInAsync(client);
        var account = server.Manifest.AccountNumber;

        var noZone = await client.GetAsync($"/console/accounts/{account}/sessions/{server.Session("NET").Id}/as-at?at=2027-06-01T12:00:00", Ct);
        var unknown = await client.GetAsync($"/console/accounts/{account}/sessions/{Guid.NewGuid()}/as-at?at=2027-06-01T12:00:00Z", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noZone.StatusCode);
        Assert.Contains("is not a time with its zone", WebUtility.HtmlDecode(await noZone.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>Now, then a few milliseconds later, so no change made after this call shares its millisecond.</summary>
    private static async Task<DateTimeOffset> TickAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(5, Ct);
        return now;
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
