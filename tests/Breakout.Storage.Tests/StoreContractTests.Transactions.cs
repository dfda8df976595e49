using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Domain.Payments;

namespace Breakout.Storage.Tests;

/// <summary>CreateTransaction (issue #18): exact amounts, PaidInFull against the order, history, isolation, concurrency.</summary>
public abstract partial class StoreContractTests
{
    private static TransactionInput Payment(CventId invitee, string type, decimal? amount, bool paidInFull = false, string? messageId = null) =>
        new(messageId, invitee.ToString(), type, amount, paidInFull, new Dictionary<string, string>(), null, []);

    private Task<IReadOnlyList<ItemResult>> CreateTransactionsAsync(Tenant tenant, CventId eventId, params TransactionInput[] items) =>
        Store.CreateTransactionsAsync(new CreateTransactionsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), eventId.ToString(), items), Ct);

    private async Task<InviteeRecord> WithOrderAsync(Tenant tenant, InviteeRecord invitee, decimal amount)
    {
        var priced = invitee with { OrderAmount = amount };
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Invitees = [priced] }, Ct));
        return priced;
    }

    [Fact]
    public async Task CreatedPayments_OfTenAndTwentyCents_PayAThirtyCentOrderExactly_AndARefundUnpaysIt()
    {
        var tenant = await NewTenantAsync();
        var invitee = await WithOrderAsync(tenant, tenant.Catalog.Accepted[0], 0.30m);
        var eventId = tenant.Catalog.Event.Id;

        var first = await CreateTransactionsAsync(tenant, eventId, Payment(invitee.Id, "Offline Charge", 0.10m, messageId: "a"));
        Assert.False(await PaidInFullAsync(tenant, invitee.Id));
        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await CreateTransactionsAsync(tenant, eventId, Payment(invitee.Id, "Offline Charge", 0.20m));
        Assert.True(await PaidInFullAsync(tenant, invitee.Id));
        Assert.True(await PaidInFullAsync(tenant, tenant.Catalog.Guest.Id));
        var refund = await CreateTransactionsAsync(tenant, eventId, Payment(invitee.Id, "Online Refund", 0.20m));
        Assert.False(await PaidInFullAsync(tenant, invitee.Id));

        Assert.Equal("a", first[0].ReferenceId);
        var ids = new[] { first[0], second[0], refund[0] }.Select(r => CventId.Parse(r.Id!)).ToArray();
        var found = await RetrieveAsync(tenant, TransactionObject.Descriptor, ids);
        Assert.Equal([0.10m, 0.20m, 0.20m], found.Select(f => (decimal)Value(TransactionObject.Descriptor, f, "Amount")!));
        Assert.Equal(0.30m, found.Take(2).Sum(f => (decimal)Value(TransactionObject.Descriptor, f, "Amount")!));
        Assert.Equal([false, true, false], found.Select(f => (bool)Value(TransactionObject.Descriptor, f, "PaidInFull")!));
        Assert.Equal(["0.10", "0.20", "0.20"], found.Select(f => CvValues.Format(Value(TransactionObject.Descriptor, f, "Amount")!)));
        Assert.Equal([ids[1].ToString()], await SearchAsync(tenant, TransactionObject.Descriptor, false,
            ("Amount", CvSearchOperator.EqualTo, ["0.2"]), ("TransactionType", CvSearchOperator.EqualTo, ["Offline Charge"])));
    }

    [Fact]
    public async Task ACreatedTransaction_IsSeenByGetUpdated_AndChangesTheRegistration()
    {
        var tenant = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[1];
        Fixture.Clock.Advance(TimeSpan.FromHours(1));
        var at = Fixture.Clock.GetUtcNow();

        var created = Assert.Single(await CreateTransactionsAsync(tenant, tenant.Catalog.Event.Id, Payment(invitee.Id, "Offline Charge", 12.34m)));

        Assert.True(created.Success);
        Assert.Equal([created.Id!], await Store.GetUpdatedAsync(tenant.Account.Key, TransactionObject.Descriptor, at, at.AddSeconds(1), 100, Ct));
        var registration = Assert.Single(await RetrieveAsync(tenant, RegistrationObject.Descriptor, invitee.Id));
        Assert.Equal(at, Value(RegistrationObject.Descriptor, registration, "LastModifiedDate"));
        Assert.Contains(invitee.Id.ToString(), await Store.GetUpdatedAsync(tenant.Account.Key, RegistrationObject.Descriptor, at, at.AddSeconds(1), 100, Ct));
        Assert.Empty(await Store.VerifyAsync(Ct));
    }

    [Fact]
    public async Task CreateTransaction_NamingAnotherTenantsInviteeOrEvent_FailsAndWritesNothing()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();

        var theirInvitee = await CreateTransactionsAsync(tenant, tenant.Catalog.Event.Id, Payment(other.Catalog.Accepted[0].Id, "Offline Charge", 5m));
        var theirEvent = await CreateTransactionsAsync(tenant, other.Catalog.Event.Id, Payment(other.Catalog.Accepted[0].Id, "Offline Charge", 5m));
        var otherEvent = await CreateTransactionsAsync(tenant, tenant.Catalog.OtherEvent.Id, Payment(tenant.Catalog.Accepted[0].Id, "Offline Charge", 5m));

        Assert.Equal(CventErrors.InviteeDoesNotExist, Assert.Single(theirInvitee).Error);
        Assert.Equal(CventErrors.InvalidEventId, Assert.Single(theirEvent).Error);
        Assert.Equal(CventErrors.InviteeDoesNotExist, Assert.Single(otherEvent).Error);
        Assert.Empty(await Store.GetUpdatedAsync(other.Account.Key, TransactionObject.Descriptor, DateTimeOffset.UnixEpoch, Fixture.Clock.GetUtcNow().AddDays(1), 100, Ct));
        Assert.Empty(await Store.GetUpdatedAsync(tenant.Account.Key, TransactionObject.Descriptor, DateTimeOffset.UnixEpoch, Fixture.Clock.GetUtcNow().AddDays(1), 100, Ct));
    }

    [Fact]
    public async Task ConcurrentPaymentsInFull_OfOneInvitee_ChargeTheBalanceOnce()
    {
        var tenant = await NewTenantAsync();
        var invitee = await WithOrderAsync(tenant, tenant.Catalog.Accepted[2], 99.99m);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            CreateTransactionsAsync(tenant, tenant.Catalog.Event.Id, Payment(invitee.Id, "Offline Charge", null, paidInFull: true))));

        var paid = Assert.Single(results, r => r[0].Success)[0];
        Assert.All(results.Where(r => !r[0].Success), r => Assert.Equal(CventErrors.AmountDueNotPositive, r[0].Error));
        Assert.Equal(99.99m, Value(TransactionObject.Descriptor, Assert.Single(await RetrieveAsync(tenant, TransactionObject.Descriptor, CventId.Parse(paid.Id!))), "Amount"));
        Assert.True(await PaidInFullAsync(tenant, invitee.Id));
    }

    [Fact]
    public async Task DecimalValues_GivenAsDoubles_AreStoredRoundedToFourPlaces_AsMoneyIs()
    {
        var tenant = await NewTenantAsync();
        var transaction = CventId.New();

        Assert.Empty(await ImportAsync(tenant,
            [Row(TransactionObject.Descriptor, transaction, ("InviteeId", tenant.Catalog.Accepted[0].Id), ("TransactionType", "Online Charge"), ("Amount", 0.1 + 0.2))], []));

        Assert.Equal(0.30000000000000004m, Money.Exact(0.1 + 0.2));
        Assert.Equal(0.3m, Value(TransactionObject.Descriptor, Assert.Single(await RetrieveAsync(tenant, TransactionObject.Descriptor, transaction)), "Amount"));
    }
}
