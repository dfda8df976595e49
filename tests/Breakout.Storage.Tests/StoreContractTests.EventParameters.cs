using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>CreateNoRegEvent, UpdateEventParameters and CopyEvent (#18): history, atomicity and unique event codes.</summary>
public abstract partial class StoreContractTests
{
    private static readonly Dictionary<string, string> NoRegEvent = new()
    {
        ["Title"] = "Planning Day",
        ["TimeZoneCode"] = "UTC",
        ["StartDate"] = "2027-08-02T09:00:00",
        ["EndDate"] = "2027-08-02T17:00:00",
        ["PlannerFirstName"] = "Grace",
        ["PlannerLastName"] = "Hopper",
    };

    private static EventParameters Parameters(IReadOnlyDictionary<string, string> values, string? messageId = null, string? id = null) =>
        new(id, messageId, values, []);

    private static EventParametersCommand EventCommand(Tenant tenant, string? sourceEventId, params EventParameters[] items) =>
        new(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), items, sourceEventId);

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await Fixture.ExecuteOutsideAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    private Task<long> SessionsOfAccountAsync(Tenant tenant) => CountAsync($"SELECT COUNT(*) FROM sessions WHERE account_pk = {tenant.Account.Key}");

    [Fact]
    public async Task CreateNoRegEvent_StoresTheEvent_WithAHistoryRow_AndGetUpdatedSeesIt()
    {
        var tenant = await NewTenantAsync();
        var before = Fixture.Clock.GetUtcNow();

        var result = Assert.Single(await Store.CreateNoRegEventsAsync(EventCommand(tenant, null, Parameters(NoRegEvent, "n1")), TestContext.Current.CancellationToken));

        Assert.True(result.Success, result.Error?.Code);
        Assert.Equal("n1", result.ReferenceId);
        var record = Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, EventObject.Descriptor, [CventId.Parse(result.Id!)], TestContext.Current.CancellationToken));
        Assert.Equal(result.Id, record.Id);
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM event_history h JOIN events e ON e.pk = h.event_pk WHERE e.id = '{result.Id}' AND h.action = 1 AND h.message_id = 'n1'"));
        var updated = await Store.GetUpdatedAsync(tenant.Account.Key, EventObject.Descriptor, before, before.AddMinutes(1), 100, TestContext.Current.CancellationToken);
        Assert.Contains(result.Id!, updated);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task EventCode_IsUniqueInTheAccount_WhateverItsCase_AndOnlyThere()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();

        var taken = Assert.Single(await Store.CreateNoRegEventsAsync(EventCommand(tenant, null, Parameters(NoRegEvent) with { Code = "cc27" }), TestContext.Current.CancellationToken));
        var elsewhere = Assert.Single(await Store.CreateNoRegEventsAsync(EventCommand(other, null, Parameters(NoRegEvent) with { Code = "SHARED" }), TestContext.Current.CancellationToken));
        var here = Assert.Single(await Store.CreateNoRegEventsAsync(EventCommand(tenant, null, Parameters(NoRegEvent) with { Code = "SHARED" }), TestContext.Current.CancellationToken));

        Assert.Equal("BO94102", taken.Error?.Code);
        Assert.True(elsewhere.Success);
        Assert.True(here.Success);
    }

    [Fact]
    public async Task UpdateEventParameters_OfAnotherAccountsEvent_IsAnUnknownEvent()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var change = new Dictionary<string, string> { ["Title"] = "Taken over" };

        var result = Assert.Single(await Store.UpdateEventParametersAsync(
            EventCommand(other, null, Parameters(change, id: tenant.Catalog.Event.Id.ToString())), TestContext.Current.CancellationToken));
        var copy = Assert.Single(await Store.CopyEventAsync(EventCommand(other, tenant.Catalog.Event.Id.ToString(), Parameters(change)), TestContext.Current.CancellationToken));

        Assert.Equal("CV70109", result.Error?.Code);
        Assert.Equal("CV70109", copy.Error?.Code);
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM events WHERE account_pk = {other.Account.Key} AND title = 'Taken over'"));
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM events WHERE account_pk = {tenant.Account.Key} AND title = 'Taken over'"));
    }

    [Fact]
    public async Task CopyEvent_CopiesTheSessionsAndSettings_WithNobodyRegistered_AndRecordsTheOriginal()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        await RegisterAsync(tenant, c.Small, c.Accepted[0].Id);
        await RegisterAsync(tenant, c.Small, c.Accepted[1].Id);
        var shifted = new Dictionary<string, string> { ["Title"] = "Contract Conference 2028", ["StartDate"] = "2028-06-14T09:00:00" };

        var result = Assert.Single(await Store.CopyEventAsync(EventCommand(tenant, c.Event.Id.ToString(), Parameters(shifted, "copy-1")), TestContext.Current.CancellationToken));

        Assert.True(result.Success, result.Error?.Code);
        var copy = $"(SELECT pk FROM events WHERE id = '{result.Id}')";
        Assert.Equal(7, await CountAsync($"SELECT COUNT(*) FROM sessions WHERE event_pk = {copy}"));
        Assert.Equal(0, await CountAsync($"SELECT COALESCE(SUM(registered_count + waitlisted_count), 0) FROM sessions WHERE event_pk = {copy}"));
        Assert.Equal(2, await CountAsync($"SELECT COUNT(*) FROM sessions WHERE event_pk = {copy} AND group_name = 'Tracks'"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM sessions WHERE event_pk = {copy} AND name = 'Small' AND capacity = 2 AND waitlist_capacity = 2 AND enable_waitlist = 1"));
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM registrants WHERE event_pk = {copy}"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM events WHERE pk = {copy} AND status = {(int)EventStatus.Pending} AND accepted_count = 0"));
        // The sessions moved with the start: one year (and a day, 2028 being a leap year) later.
        Assert.Equal(7, await CountAsync($"SELECT COUNT(*) FROM sessions s JOIN sessions o ON o.code = s.code AND o.event_pk = (SELECT pk FROM events WHERE id = '{c.Event.Id}') " +
            $"WHERE s.event_pk = {copy} AND (s.start_at IS NULL OR s.start_at - o.start_at = {(long)TimeSpan.FromDays(366).TotalMilliseconds})"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM event_history WHERE event_pk = {copy} AND action = 2 AND message_id = 'copy-1' " +
            $"AND source_event_pk = (SELECT pk FROM events WHERE id = '{c.Event.Id}')"));
        Assert.Equal(2, (await ExportAsync(tenant)).Count);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task CopyEvent_FailingHalfway_LeavesNothingOfTheCopy()
    {
        var tenant = await NewTenantAsync();
        var tag = "fail-" + Guid.NewGuid().ToString("N")[..12];
        var sqlite = Fixture is SqliteStoreFixture;
        if (sqlite)
        {
            await Fixture.ExecuteOutsideAsync($"CREATE TRIGGER {tag.Replace('-', '_')} BEFORE INSERT ON event_history WHEN NEW.message_id = '{tag}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }
        else
        {
            await Fixture.ExecuteOutsideAsync("CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$");
            await Fixture.ExecuteOutsideAsync($"CREATE TRIGGER {tag.Replace('-', '_')} BEFORE INSERT ON event_history FOR EACH ROW WHEN (NEW.message_id = '{tag}') EXECUTE FUNCTION injected_failure()");
        }

        var sessions = await SessionsOfAccountAsync(tenant);
        var events = await CountAsync($"SELECT COUNT(*) FROM events WHERE account_pk = {tenant.Account.Key}");
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Store.CopyEventAsync(
                EventCommand(tenant, tenant.Catalog.Event.Id.ToString(), Parameters(new Dictionary<string, string>(), tag)), TestContext.Current.CancellationToken));
        }
        finally
        {
            await Fixture.ExecuteOutsideAsync($"DROP TRIGGER {tag.Replace('-', '_')}" + (sqlite ? "" : " ON event_history"));
        }

        Assert.Equal(sessions, await SessionsOfAccountAsync(tenant));
        Assert.Equal(events, await CountAsync($"SELECT COUNT(*) FROM events WHERE account_pk = {tenant.Account.Key}"));
        Assert.True(Assert.Single(await Store.CopyEventAsync(
            EventCommand(tenant, tenant.Catalog.Event.Id.ToString(), Parameters(new Dictionary<string, string>(), "after")), TestContext.Current.CancellationToken)).Success);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task CopyEvent_ConcurrentCopiesWithOneCode_ExactlyOneSucceeds_AndTheOthersLeaveNothing()
    {
        var tenant = await NewTenantAsync();
        var code = "RACE" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sessions = await SessionsOfAccountAsync(tenant);
        await using var second = await Fixture.OpenStoreAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? Store : second).CopyEventAsync(
            EventCommand(tenant, tenant.Catalog.Event.Id.ToString(), Parameters(new Dictionary<string, string> { ["Title"] = $"Copy {i}" }) with { Code = code }),
            TestContext.Current.CancellationToken))));

        var items = results.Select(Assert.Single).ToList();
        Assert.Single(items, r => r.Success);
        Assert.All(items.Where(r => !r.Success), r => Assert.Equal("BO94102", r.Error?.Code));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM events WHERE account_pk = {tenant.Account.Key} AND code = '{code}'"));
        Assert.Equal(sessions + 7, await SessionsOfAccountAsync(tenant));
        await AssertInvariantsAsync();
    }
}
