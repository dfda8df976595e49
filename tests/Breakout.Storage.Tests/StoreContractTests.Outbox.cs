using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.Email;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>SendEmail's outbox: queueing with EventEmailHistory rows, the per-recipient errors, claiming under leases, retry state.</summary>
public abstract partial class StoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task SendEmail_QueuesOneMessagePerInvitee_RecordedAsEventEmailHistory_ForRetrieveSearchAndGetUpdated()
    {
        var tenant = await NewTenantAsync();
        var (first, second) = (tenant.Catalog.Accepted[0], tenant.Catalog.Accepted[1]);
        var before = Fixture.Clock.GetUtcNow();

        var results = await SendEmailAsync(tenant, EmailTemplate.Invitation, new ObjectItem(first.Id.ToString().ToLowerInvariant(), "m1"), new ObjectItem(second.Id.ToString(), null));

        Assert.Equal([(first.Id.ToString(), "m1", true), (second.Id.ToString(), null, true)], results.Select(r => (r.Id, r.ReferenceId, r.Success)));
        var outbox = await Store.ListOutboxAsync(tenant.Account.Key, null, 10, Ct);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m => Assert.Equal((OutboxStatus.Queued, 0, "Invitation", tenant.Account.AccountNumber), (m.Status, m.Attempts, m.Template, m.AccountNumber)));
        var mail = outbox.Single(m => m.InviteeId == first.Id.ToString());
        Assert.Equal((first.EmailAddress, $"You are invited: {tenant.Catalog.Event.Title}"), (mail.ToAddress, mail.Subject));

        var history = Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, EventEmailHistoryObject.Descriptor, [CventId.Parse(mail.Id)], Ct));
        Assert.Equal(
            (tenant.Catalog.Event.Id.ToString(), first.Id.ToString(), "Queued", "Invitation", "sender@example.com", first.EmailAddress, (object?)null),
            (Value(history, "EventId"), Value(history, "InviteeId"), Value(history, "EmailStatus"), Value(history, "EmailType"), Value(history, "FromEmailAddress"),
                Value(history, "ToEmailAddress"), Value(history, "EmailSentDate")));
        var updated = await Store.GetUpdatedAsync(tenant.Account.Key, EventEmailHistoryObject.Descriptor, before, before.AddMinutes(1), 100, Ct);
        Assert.Equal(outbox.Select(m => m.Id).Order(StringComparer.Ordinal), updated.Order(StringComparer.Ordinal));
        Assert.Equal(2, (await Store.SearchAsync(tenant.Account.Key, new CvSearch(EventEmailHistoryObject.Descriptor, false, []), 100, Ct)).Count);
        Assert.Empty(await Store.ListOutboxAsync((await NewTenantAsync()).Account.Key, null, 10, Ct));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task SendEmail_RefusesEachRecipientThatCannotBeMailed_WithCventsCode()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var deleted = await InviteeOfNewContactAsync(tenant, ("LastName", "Gone"), ("EmailAddress", "gone@example.com"));
        var optedOut = await InviteeOfNewContactAsync(tenant, ("LastName", "Quiet"), ("EmailAddress", "quiet@example.com"), ("ExcludedFromEmail", "true"));
        var noAddress = await InviteeOfNewContactAsync(tenant, ("LastName", "Nomail"));
        Assert.True(Assert.Single(await DeleteContactsAsync(tenant, deleted.Contact)).Success);
        var ok = tenant.Catalog.Accepted[0].Id.ToString();

        var results = await SendEmailAsync(tenant, EmailTemplate.EventReminder,
            new ObjectItem("not-an-id", "a"), new ObjectItem(ok, "b"), new ObjectItem(ok, "c"), new ObjectItem(Guid.NewGuid().ToString(), "d"),
            new ObjectItem(other.Catalog.Accepted[0].Id.ToString(), "e"), new ObjectItem(deleted.Invitee, "f"), new ObjectItem(optedOut.Invitee, "g"),
            new ObjectItem(noAddress.Invitee, "h"), new ObjectItem(tenant.Catalog.Guest.Id.ToString(), "i"));

        Assert.Equal(["CV91200", null, "CV91202", "CV91201", "CV91201", "CV91203", "CV91206", "CV91205", "CV91201"], results.Select(r => r.Error?.Code));
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "i"], results.Select(r => r.ReferenceId));
        Assert.Single(await Store.ListOutboxAsync(tenant.Account.Key, null, 10, Ct));
        Assert.Empty(await Store.ListOutboxAsync(other.Account.Key, null, 10, Ct));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task SendEmail_RefusesWholeCalls_ForEveryItem()
    {
        var tenant = await NewTenantAsync();
        var item = new ObjectItem(tenant.Catalog.Accepted[0].Id.ToString(), "x");
        var other = await NewTenantAsync();

        Assert.Equal("CV91106", await CodeAsync(ActivityType.Survey, tenant.Catalog.Event.Id.ToString(), EmailTemplate.SurveyInvitation, null));
        Assert.Equal("CV91108", await CodeAsync(ActivityType.Campaigns, tenant.Catalog.Event.Id.ToString(), EmailTemplate.Invitation, null));
        Assert.Equal("CV91101", await CodeAsync(ActivityType.Event, null, EmailTemplate.Invitation, null));
        Assert.Equal("CV91102", await CodeAsync(ActivityType.Event, "event", EmailTemplate.Invitation, null));
        Assert.Equal("CV91102", await CodeAsync(ActivityType.Event, other.Catalog.Event.Id.ToString(), EmailTemplate.Invitation, null));
        Assert.Equal("CV91103", await CodeAsync(ActivityType.Event, tenant.Catalog.Event.Id.ToString(), EmailTemplate.SurveyReminder, null));
        Assert.Equal("CV91209", await CodeAsync(ActivityType.Event, tenant.Catalog.Event.Id.ToString(), EmailTemplate.ApprovalPending, null));
        Assert.Equal("CV91101", await CodeAsync(ActivityType.Event, tenant.Catalog.Event.Id.ToString(), EmailTemplate.CustomEmail, " "));
        Assert.Null(await CodeAsync(ActivityType.Event, tenant.Catalog.Event.Id.ToString(), EmailTemplate.CustomEmail, "Parking update"));
        Assert.Equal("Parking update", Assert.Single(await Store.ListOutboxAsync(tenant.Account.Key, null, 10, Ct)).Subject);

        async Task<string?> CodeAsync(ActivityType type, string? activity, EmailTemplate template, string? name) =>
            Assert.Single(await Store.SendEmailAsync(
                new SendEmailCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), type, activity, template, name, false, "sender@example.com", [item]), Ct)).Error?.Code;
    }

    [Fact]
    public async Task SendEmail_ToAPreviousRecipient_IsRefusedUnlessResendIsAsked_AndAFailedMessageDoesNotCount()
    {
        var tenant = await NewTenantAsync();
        var invitee = new ObjectItem(tenant.Catalog.Accepted[0].Id.ToString(), null);
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.Invitation, invitee)).Success);

        Assert.Equal("CV91204", Assert.Single(await SendEmailAsync(tenant, EmailTemplate.Invitation, invitee)).Error?.Code);
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.InvitationReminder, invitee)).Success);
        Assert.True(Assert.Single(await SendOneAsync(tenant, EmailTemplate.Invitation, invitee, resend: true)).Success);
        Assert.True(Assert.Single(await SendOneAsync(tenant, EmailTemplate.CustomEmail, invitee, name: "One")).Success);
        Assert.True(Assert.Single(await SendOneAsync(tenant, EmailTemplate.CustomEmail, invitee, name: "Two")).Success);
        Assert.Equal("CV91204", Assert.Single(await SendOneAsync(tenant, EmailTemplate.CustomEmail, invitee, name: "Two")).Error?.Code);

        var reminder = (await Store.ListOutboxAsync(tenant.Account.Key, null, 10, Ct)).Single(m => m.Template == "InvitationReminder");
        var claimed = await ClaimOwnAsync(tenant, "node-a");
        Assert.True(await Store.RecordAttemptAsync(claimed.Single(m => m.Id == reminder.Id).Key, "node-a", new OutboxAttempt(OutboxStatus.Failed, "550 no such user"), Ct));
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.InvitationReminder, invitee)).Success);
    }

    [Fact]
    public async Task Outbox_ClaimedMessage_IsLeasedToOneNode_RetriedWithItsError_ThenSent()
    {
        var tenant = await NewTenantAsync();
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.RegistrationConfirmation, new ObjectItem(tenant.Catalog.Accepted[0].Id.ToString(), null))).Success);
        var id = Assert.Single(await Store.ListOutboxAsync(tenant.Account.Key, null, 10, Ct)).Id;

        var first = Assert.Single(await ClaimOwnAsync(tenant, "node-a"));
        Assert.Equal((id, 1, "sender@example.com", tenant.Catalog.Accepted[0].EmailAddress), (first.Id, first.Attempt, first.FromAddress, first.ToAddress));
        Assert.Contains(tenant.Catalog.Accepted[0].ConfirmationNumber, first.Body, StringComparison.Ordinal);
        Assert.Empty(await ClaimOwnAsync(tenant, "node-b"));

        var retryAt = Fixture.Clock.GetUtcNow().AddMinutes(1);
        Assert.True(await Store.RecordAttemptAsync(first.Key, "node-a", new OutboxAttempt(OutboxStatus.Queued, "451 try later", retryAt), Ct));
        var queued = Assert.Single(await Store.ListOutboxAsync(tenant.Account.Key, OutboxStatus.Queued, 10, Ct));
        Assert.Equal((1, "451 try later", (DateTimeOffset?)retryAt), (queued.Attempts, queued.LastError, queued.NextAttemptAt));
        Assert.Empty(await ClaimOwnAsync(tenant, "node-b"));

        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.Single(await ClaimOwnAsync(tenant, "node-b"));
        Assert.Equal(2, second.Attempt);
        Assert.False(await Store.RecordAttemptAsync(second.Key, "node-a", new OutboxAttempt(OutboxStatus.Sent), Ct));
        var sentAt = Fixture.Clock.GetUtcNow();
        Assert.True(await Store.RecordAttemptAsync(second.Key, "node-b", new OutboxAttempt(OutboxStatus.Sent), Ct));
        Assert.False(await Store.RecordAttemptAsync(second.Key, "node-b", new OutboxAttempt(OutboxStatus.Failed, "late"), Ct));

        var sent = Assert.Single(await Store.ListOutboxAsync(tenant.Account.Key, OutboxStatus.Sent, 10, Ct));
        Assert.Equal((2, "451 try later", (DateTimeOffset?)sentAt, (DateTimeOffset?)null), (sent.Attempts, sent.LastError, sent.SentAt, sent.NextAttemptAt));
        var history = Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, EventEmailHistoryObject.Descriptor, [CventId.Parse(id)], Ct));
        Assert.Equal(("Sent", (object?)sentAt), (Value(history, "EmailStatus"), Value(history, "EmailSentDate")));
        Assert.Equal([id], await Store.GetUpdatedAsync(tenant.Account.Key, EventEmailHistoryObject.Descriptor, sentAt, sentAt.AddMinutes(1), 10, Ct));
        Assert.Empty(await ClaimOwnAsync(tenant, "node-b"));
    }

    [Fact]
    public async Task Outbox_MessageWhoseLeaseRanOut_IsClaimedAgain_AndAFailureIsRecordedWithItsReason()
    {
        var tenant = await NewTenantAsync();
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.Regret, new ObjectItem(tenant.Catalog.Declined.Id.ToString(), null))).Success);
        var lost = Assert.Single(await ClaimOwnAsync(tenant, "node-that-dies"));

        Fixture.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var again = Assert.Single(await ClaimOwnAsync(tenant, "node-b"));
        Assert.Equal((lost.Id, 2), (again.Id, again.Attempt));
        Assert.True(await Store.RecordAttemptAsync(again.Key, "node-b", new OutboxAttempt(OutboxStatus.Failed, "gave up after 2 attempts: 451 busy"), Ct));

        var failed = Assert.Single(await Store.ListOutboxAsync(null, OutboxStatus.Failed, 1000, Ct), m => m.AccountNumber == tenant.Account.AccountNumber);
        Assert.Equal((2, "gave up after 2 attempts: 451 busy", (DateTimeOffset?)null), (failed.Attempts, failed.LastError, failed.SentAt));
        var history = Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, EventEmailHistoryObject.Descriptor, [CventId.Parse(failed.Id)], Ct));
        Assert.Equal("Failed", Value(history, "EmailStatus"));
        Assert.Empty(await ClaimOwnAsync(tenant, "node-b"));
    }

    [Fact]
    public async Task Outbox_ClaimedConcurrentlyFromTwoStores_GivesEachMessageToOneNodeOnly()
    {
        var tenant = await NewTenantAsync();
        var items = tenant.Catalog.Accepted.Select(i => new ObjectItem(i.Id.ToString(), null)).ToArray();
        Assert.All(await SendEmailAsync(tenant, EmailTemplate.EventReminder, items), r => Assert.True(r.Success));
        var mine = (await Store.ListOutboxAsync(tenant.Account.Key, null, 100, Ct)).Select(m => m.Id).ToHashSet();
        await using var second = await Fixture.OpenStoreAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => ((i % 2 == 0) ? Store : second).ClaimOutboxAsync($"node-{i}", 3, Lease, Ct))));

        var claimed = claims.SelectMany(c => c).Where(m => mine.Contains(m.Id)).ToList();
        Assert.Equal(claimed.Count, claimed.Select(m => m.Id).Distinct().Count());
        Assert.All(claimed, m => Assert.Equal(1, m.Attempt));
    }

    [Fact]
    public async Task Account_DeletedWithForce_TakesItsOutboxWithIt()
    {
        var tenant = await NewTenantAsync();
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.Invitation, new ObjectItem(tenant.Catalog.Accepted[0].Id.ToString(), null))).Success);
        Assert.True(Assert.Single(await SendEmailAsync(tenant, EmailTemplate.EventReminder, new ObjectItem(tenant.Catalog.Accepted[1].Id.ToString(), null))).Success);
        var claimed = await ClaimOwnAsync(tenant, "node-a");
        Assert.True(await Store.RecordAttemptAsync(claimed[0].Key, "node-a", new OutboxAttempt(OutboxStatus.Sent), Ct));

        Assert.True((await Store.DeleteAccountAsync(tenant.Account.Key, force: true, Ct)).Deleted);

        Assert.DoesNotContain(await Store.ListOutboxAsync(null, null, 10_000, Ct), m => m.AccountNumber == tenant.Account.AccountNumber);
        Assert.False(await Store.RecordAttemptAsync(claimed[1].Key, "node-a", new OutboxAttempt(OutboxStatus.Sent), Ct));
        await AssertInvariantsAsync();
    }

    private Task<IReadOnlyList<ItemResult>> SendEmailAsync(Tenant tenant, EmailTemplate template, params ObjectItem[] items) =>
        SendToAsync(tenant, template, false, null, items);

    private Task<IReadOnlyList<ItemResult>> SendOneAsync(Tenant tenant, EmailTemplate template, ObjectItem item, bool resend = false, string? name = null) =>
        SendToAsync(tenant, template, resend, name, [item]);

    private Task<IReadOnlyList<ItemResult>> SendToAsync(Tenant tenant, EmailTemplate template, bool resend, string? name, ObjectItem[] items) =>
        Store.SendEmailAsync(new SendEmailCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), ActivityType.Event, tenant.Catalog.Event.Id.ToString(), template,
            name, resend, "sender@example.com", items), Ct);

    /// <summary>Claims every due message for <paramref name="node"/> and returns the tenant's (other tests' messages stay leased).</summary>
    private async Task<IReadOnlyList<OutboxMessage>> ClaimOwnAsync(Tenant tenant, string node)
    {
        var mine = (await Store.ListOutboxAsync(tenant.Account.Key, null, 100, Ct)).Select(m => m.Id).ToHashSet();
        return [.. (await Store.ClaimOutboxAsync(node, 1000, Lease, Ct)).Where(m => mine.Contains(m.Id))];
    }

    private async Task<(string Contact, string Invitee)> InviteeOfNewContactAsync(Tenant tenant, params (string Name, string Value)[] attributes)
    {
        var contact = Created(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact(null, attributes)));
        var transfer = new TransferInviteeCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), ActivityType.Event, tenant.Catalog.Event.Id.ToString(), [new ObjectItem(contact, null)]);
        return (contact, Assert.Single(await Store.TransferInviteeAsync(transfer, Ct)).Id!);
    }

    private static object? Value(CvObjectRecord record, string field) =>
        record.Values[EventEmailHistoryObject.Descriptor.Fields.Select(f => f.Name).ToList().IndexOf(field)];
}
