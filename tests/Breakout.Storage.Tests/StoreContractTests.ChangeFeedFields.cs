using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Domain.Sessions;

namespace Breakout.Storage.Tests;

/// <summary>
/// The fields a <c>session.updated</c> or <c>event.updated</c> change names (#21): those whose stored value the call
/// changed, by their Cvent names; and the sessions of a copied event, each a <c>session.created</c>.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ChangeFeed_SessionUpdated_NamesTheFieldsWhoseValueChanged_AndNoneWhenNothingDiffered()
    {
        var tenant = await NewTenantAsync();
        var small = tenant.Catalog.Small;
        var start = await FeedStartAsync(tenant);
        SaveSessionsCommand Update(SessionInput input, string? consoleUser = null) =>
            new(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), false, null, [input with { Id = small.Id.ToString() }], consoleUser);

        // The name is sent as it is: only the status, the capacity and the group differ.
        Assert.Null(Assert.Single(await Store.SaveSessionsAsync(Update(new SessionInput
        {
            Name = small.Name,
            Status = ProductStatus.ClosedForRegistration,
            Capacity = small.Capacity + 5,
            Group = "Track Z",
        }), Ct)).Error);
        Assert.Null(Assert.Single(await Store.SaveSessionsAsync(Update(new SessionInput { Capacity = small.Capacity + 5, Status = ProductStatus.ClosedForRegistration }), Ct)).Error);
        Assert.Null(Assert.Single(await Store.SaveSessionsAsync(Update(new SessionInput { Status = ProductStatus.OpenForRegistration }, "alice"), Ct)).Error);
        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        Assert.Equal(["session.updated", "session.updated", "session.updated"], changes.Select(c => c.Type));
        Assert.Equal(["Status", "Capacity", "SessionGroup"], changes[0].ChangedFields);
        Assert.Empty(changes[1].ChangedFields!); // every value it gave was already so
        Assert.Equal(["Status"], changes[2].ChangedFields); // the console's open, through the same call
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ChangeFeed_EventUpdated_NamesTheParametersAndCustomFieldsWhoseValueChanged()
    {
        var tenant = await NewTenantAsync();
        var created = Assert.Single(await Store.CreateNoRegEventsAsync(EventCommand(tenant, null,
            Parameters(new Dictionary<string, string>(NoRegEvent) { ["City"] = "Lyon", ["Capacity"] = "40" }, "n1")), Ct));
        Assert.True(created.Success, created.Error?.Description);
        var start = await FeedStartAsync(tenant);

        var update = Parameters(new Dictionary<string, string> { ["Title"] = NoRegEvent["Title"], ["City"] = "Paris", ["Capacity"] = "60" }, "u1", created.Id);
        var updated = Assert.Single(await Store.UpdateEventParametersAsync(EventCommand(tenant, null, update), Ct));
        var custom = new EventParameters(created.Id, "u2", new Dictionary<string, string> { ["City"] = "Paris" }, [new EventCustomFieldValue(null, "Dress code", null, "Smart")]);
        var customized = Assert.Single(await Store.UpdateEventParametersAsync(EventCommand(tenant, null, custom), Ct));
        Assert.True(updated.Success && customized.Success, updated.Error?.Description ?? customized.Error?.Description);
        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        Assert.Equal([("event.updated", "u1"), ("event.updated", "u2")], changes.Select(c => (c.Type, c.MessageId!)));
        Assert.Equal(["Capacity", "City"], changes[0].ChangedFields); // in EventParameters' order; the title was already so
        Assert.Equal(["CustomFieldDetail"], changes[1].ChangedFields);
        Assert.Null((await Store.ReadChangesAsync(tenant.Account.Key, start - 1, 1, Ct))[0].ChangedFields); // event.created names none
    }

    [Fact]
    public async Task ChangeFeed_OfCopyEvent_ListsEachCopiedSessionAsCreated_AfterTheCopy()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        var start = await FeedStartAsync(tenant);

        var copy = Assert.Single(await Store.CopyEventAsync(
            EventCommand(tenant, c.Event.Id.ToString(), Parameters(new Dictionary<string, string> { ["Title"] = "Again" }, "copy-1")), Ct));
        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        var originals = c.Batch.Sessions.Where(s => s.EventId == c.Event.Id).ToList();
        Assert.Equal(["event.copied", .. originals.Select(_ => "session.created")], changes.Select(x => x.Type));
        Assert.All(changes, x => Assert.Equal((copy.Id, "CopyEvent", "copy-1", changes[0].CallId), (x.EventId, x.Operation, x.MessageId, x.CallId)));
        var sessions = changes.Skip(1).Select(x => x.SessionId!).ToList();
        Assert.Equal(originals.Count, sessions.Distinct().Count());
        Assert.DoesNotContain(sessions, id => originals.Exists(s => s.Id.ToString() == id));
        Assert.All(changes, x => Assert.Null(x.ChangedFields));
    }
}
