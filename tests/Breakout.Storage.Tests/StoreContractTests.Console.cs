using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Domain.Sessions;
using Breakout.Storage.Operators;

namespace Breakout.Storage.Tests;

/// <summary><see cref="IConsoleUsers"/> and <see cref="IConsoleQueries"/>: the operator console's users, log and reads.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ConsoleUser_SavedAgain_GetsTheNewPasswordAndIsUnlocked_AndIsNoApiUser()
    {
        var name = "op-" + Guid.NewGuid().ToString("N")[..8];
        var created = await Store.SaveConsoleUserAsync(name, "hash-1", Ct);
        var policy = new LoginPolicy { MaxFailedLogins = 2 };
        var once = await Store.RecordConsoleSignInFailureAsync(created.Key, policy, Ct);
        var twice = await Store.RecordConsoleSignInFailureAsync(created.Key, policy, Ct);

        Assert.Equal((1, (DateTimeOffset?)null), (once.FailedLogins, once.LockedUntil));
        Assert.Equal((2, (DateTimeOffset?)Fixture.Clock.GetUtcNow().AddMinutes(30)), (twice.FailedLogins, twice.LockedUntil));
        var again = await Store.SaveConsoleUserAsync(name, "hash-2", Ct);
        Assert.Equal((created.Key, "hash-2", 0, (DateTimeOffset?)null), (again.Key, again.PasswordHash, again.FailedLogins, again.LockedUntil));
        Assert.Equal(again, await Store.FindConsoleUserAsync(name, Ct));
        Assert.Null(await Store.FindConsoleUserAsync(name.ToUpperInvariant(), Ct));
        Assert.Contains(again, await Store.ListConsoleUsersAsync(Ct));
    }

    [Fact]
    public async Task ConsoleUser_LockedOut_IsUnlocked_SignsIn_AndIsDeleted()
    {
        var name = "op-" + Guid.NewGuid().ToString("N")[..8];
        var user = await Store.SaveConsoleUserAsync(name, "hash", Ct);
        await Store.RecordConsoleSignInFailureAsync(user.Key, new LoginPolicy { MaxFailedLogins = 1 }, Ct);

        var unlocked = await Store.UnlockConsoleUserAsync(name, Ct);
        Assert.Equal((0, (DateTimeOffset?)null), (unlocked!.FailedLogins, unlocked.LockedUntil));
        Assert.Null(await Store.UnlockConsoleUserAsync(name + "-none", Ct));

        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.RecordConsoleSignInFailureAsync(user.Key, new LoginPolicy(), Ct);
        await Store.RecordConsoleSignInAsync(user.Key, Ct);
        var signedIn = await Store.FindConsoleUserAsync(name, Ct);
        Assert.Equal((0, (DateTimeOffset?)Fixture.Clock.GetUtcNow()), (signedIn!.FailedLogins, signedIn.LastLoginAt));

        Assert.True(await Store.DeleteConsoleUserAsync(name, Ct));
        Assert.False(await Store.DeleteConsoleUserAsync(name, Ct));
        Assert.Null(await Store.FindConsoleUserAsync(name, Ct));
    }

    [Fact]
    public async Task ConsoleActions_AreLogged_NewestFirst()
    {
        var call = Guid.NewGuid();
        var first = new ConsoleAction(Fixture.Clock.GetUtcNow(), "op-a", "A1", "unlock-api-user", "api", "was locked", null);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = new ConsoleAction(Fixture.Clock.GetUtcNow(), "op-b", null, "update-session", "S", "capacity 2 -> 3", call);
        await Store.RecordConsoleActionAsync(first, Ct);
        await Store.RecordConsoleActionAsync(second, Ct);

        var recent = await Store.RecentConsoleActionsAsync(2, Ct);

        Assert.Equal([second, first], recent);
    }

    [Fact]
    public async Task ConsoleApiUser_IsOnePerAccount_DisabledAndWithoutAPassword()
    {
        var tenant = await NewTenantAsync();

        var key = await Store.ConsoleApiUserAsync(tenant.Account.Key, Ct);

        Assert.Equal(key, await Store.ConsoleApiUserAsync(tenant.Account.Key, Ct));
        var user = await Store.FindApiUserAsync(tenant.Account.AccountNumber, IConsoleUsers.ConsoleApiUserName, Ct);
        Assert.Equal((key, false, ""), (user!.Key, user.Active, user.PasswordHash));
        Assert.NotEqual(key, await Store.ConsoleApiUserAsync((await NewTenantAsync()).Account.Key, Ct));
    }

    [Fact]
    public async Task ConsoleReads_PageSeatsAndWaitlistInOrder_AndShowTheTimelineWithCallAndMessageId()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        foreach (var invitee in c.Accepted.Take(4))
        {
            await RegisterAsync(tenant, c.Small, invitee.Id);
        }

        var fill = await Store.FindSessionFillAsync(tenant.Account.Key, c.Small.Id, Ct);
        Assert.Equal(("Small", 2, 2, 2, 2), (fill!.Name, fill.Capacity, fill.Registered, fill.Waitlisted, fill.WaitlistCapacity));
        Assert.Null(await Store.FindSessionFillAsync((await NewTenantAsync()).Account.Key, c.Small.Id, Ct));
        Assert.Equal("Tracks", (await Store.FindSessionFillAsync(tenant.Account.Key, c.GroupA.Id, Ct))!.Group);

        var firstSeat = Assert.Single(await Store.ListSeatsAsync(tenant.Account.Key, c.Small.Id, 0, 1, Ct));
        var nextSeats = await Store.ListSeatsAsync(tenant.Account.Key, c.Small.Id, firstSeat.Key, 10, Ct);
        Assert.Equal([c.Accepted[0].Id, c.Accepted[1].Id], [firstSeat.RegistrantId, .. nextSeats.Select(p => p.RegistrantId)]);
        Assert.Null(firstSeat.Position);
        var waitlist = await Store.ListWaitlistAsync(tenant.Account.Key, c.Small.Id, 0, 10, Ct);
        Assert.Equal([(c.Accepted[2].Id, (int?)1), (c.Accepted[3].Id, (int?)2)], waitlist.Select(p => (p.RegistrantId, p.Position)));
        Assert.Equal([c.Accepted[3].Id], (await Store.ListWaitlistAsync(tenant.Account.Key, c.Small.Id, 1, 10, Ct)).Select(p => p.RegistrantId));
        var stranger = (await NewTenantAsync()).Account.Key;
        Assert.Empty(await Store.ListSeatsAsync(stranger, c.Small.Id, 0, 10, Ct));
        Assert.Empty(await Store.ListWaitlistAsync(stranger, c.Small.Id, 0, 10, Ct));

        await UnregisterAsync(tenant, c.Small, c.Accepted[0].Id);
        var timeline = await Store.RegistrantTimelineAsync(tenant.Account.Key, c.Accepted[2].Id, Ct);
        Assert.Equal(
            [(TimelineAction.Waitlisted, "SessionRegAction", "api", (string?)"m-" + c.Accepted[2].Id), (TimelineAction.Promoted, "SessionRegAction", "api", null)],
            timeline.Select(e => (e.Action, e.Operation, e.ApiUser, e.MessageId)));
        Assert.All(timeline, e => Assert.Equal((c.Small.Id, "Small"), (e.SessionId, e.SessionName)));
        Assert.NotEqual(timeline[0].CallId, timeline[1].CallId);

        var byConfirmation = await Store.FindRegistrantAsync(tenant.Account.Key, c.Accepted[2].ConfirmationNumber, Ct);
        Assert.Equal((c.Accepted[2].Id, RegistrantKind.Invitee, c.Event.Id), (byConfirmation!.Id, byConfirmation.Kind, byConfirmation.EventId));
        Assert.Equal(byConfirmation, await Store.FindRegistrantAsync(tenant.Account.Key, c.Accepted[2].Id.ToString(), Ct));
        Assert.Null(await Store.FindRegistrantAsync((await NewTenantAsync()).Account.Key, c.Accepted[2].Id.ToString(), Ct));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ConsoleEvents_AreFilteredByTitleAndPaged()
    {
        var tenant = await NewTenantAsync();

        var all = await Store.ListEventsAsync(tenant.Account.Key, null, 0, 10, Ct);
        var filtered = await Store.ListEventsAsync(tenant.Account.Key, "contract", 0, 10, Ct);
        var none = await Store.ListEventsAsync(tenant.Account.Key, "100%_", 0, 10, Ct);
        var second = await Store.ListEventsAsync(tenant.Account.Key, null, 1, 10, Ct);

        Assert.Equal(2, all.Count);
        var conference = Assert.Single(filtered);
        Assert.Equal((tenant.Catalog.Event.Id, "Contract Conference", 7L), (conference.Id, conference.Title, conference.Sessions));
        Assert.Empty(none);
        Assert.Equal([all[1]], second);
    }

    [Fact]
    public async Task ConsoleCapacityChange_ThroughUpdateSession_PromotesUnderTheConsoleApiUser_NamingTheConsoleUser()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        foreach (var invitee in c.Accepted.Take(3))
        {
            await RegisterAsync(tenant, c.Small, invitee.Id);
        }

        var console = await Store.ConsoleApiUserAsync(tenant.Account.Key, Ct);
        var results = await Store.SaveSessionsAsync(
            new SaveSessionsCommand(tenant.Account.Key, console, Guid.NewGuid(), false, null, [new SessionInput { Id = c.Small.Id.ToString(), Capacity = 3 }], "alice"), Ct);

        Assert.Null(Assert.Single(results).Error);
        var promoted = Assert.Single(await Store.RegistrantTimelineAsync(tenant.Account.Key, c.Accepted[2].Id, Ct), e => e.Action == TimelineAction.Promoted);
        Assert.Equal(("UpdateSession", IConsoleUsers.ConsoleApiUserName, "alice"), (promoted.Operation, promoted.ApiUser, promoted.ConsoleUser));
        var waitlisted = Assert.Single(await Store.RegistrantTimelineAsync(tenant.Account.Key, c.Accepted[2].Id, Ct), e => e.Action == TimelineAction.Waitlisted);
        Assert.Null(waitlisted.ConsoleUser);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ConsoleApiUser_IsNeverAnEnabledUserOfThatName()
    {
        var tenant = await NewTenantAsync();
        await Store.CreateApiUserAsync(tenant.Account.Key, IConsoleUsers.ConsoleApiUserName, "hash", "", Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ConsoleApiUserAsync(tenant.Account.Key, Ct));

        var user = (await Store.FindApiUserAsync(tenant.Account.AccountNumber, IConsoleUsers.ConsoleApiUserName, Ct))!;
        await Store.SetApiUserActiveAsync(user.Key, false, Ct);
        Assert.Equal(user.Key, await Store.ConsoleApiUserAsync(tenant.Account.Key, Ct));
    }
}
