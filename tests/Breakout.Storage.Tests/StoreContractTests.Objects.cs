using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>Retrieve, Search, GetUpdated and GetDeleted over the object projections, alike on both stores.</summary>
public abstract partial class StoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retrieve_Registration_ShowsSessionRegistrationsOfTheInviteeAndItsGuest()
    {
        var tenant = await NewTenantAsync();
        var (catalog, invitee) = (tenant.Catalog, tenant.Catalog.Accepted[0]);
        var registeredAt = Fixture.Clock.GetUtcNow();
        Assert.True((await RegisterAsync(tenant, catalog.Unlimited, invitee.Id)).Error is null);
        Assert.True((await RegisterAsync(tenant, catalog.Small, catalog.Guest.Id)).Error is null);

        var registration = Assert.Single(await RetrieveAsync(tenant, RegistrationObject.Descriptor, invitee.Id));

        Assert.Equal(invitee.Id.ToString(), registration.Id);
        Assert.Equal(invitee.Id.ToString(), Value(RegistrationObject.Descriptor, registration, "InviteeId"));
        Assert.Equal("Accepted", Value(RegistrationObject.Descriptor, registration, "Status"));
        Assert.Equal(catalog.Event.Id.ToString(), Value(RegistrationObject.Descriptor, registration, "EventId"));
        Assert.Equal(SqlEmptyId, Value(RegistrationObject.Descriptor, registration, "GroupId"));
        Assert.Equal(false, Value(RegistrationObject.Descriptor, registration, "GroupLeader"));
        Assert.Null(Value(RegistrationObject.Descriptor, registration, "Credit"));
        var guest = Assert.Single(registration.Details, d => d.Descriptor == RegistrationObject.GuestDetail);
        Assert.Equal(catalog.Guest.Id.ToString(), Detail(guest, "GuestId"));
        Assert.Equal("GST000001", Detail(guest, "ConfirmationNumber"));
        var orders = registration.Details.Where(d => d.Descriptor == RegistrationObject.OrderDetail).ToList();
        Assert.Equal(
            [(invitee.FirstName, catalog.Unlimited.Id.ToString(), "Registered"), (catalog.Guest.FirstName, catalog.Small.Id.ToString(), "Registered")],
            orders.Select(o => ((string)Detail(o, "FirstName")!, (string)Detail(o, "ProductId")!, (string)Detail(o, "Action")!)));
        Assert.All(orders, o => Assert.Equal(registeredAt, Detail(o, "ActionDate")));
        Assert.Equal(catalog.Unlimited.Name, Detail(orders[0], "ProductName"));
        Assert.Equal("Session", Detail(orders[0], "ProductType"));
        Assert.Equal(1L, Detail(orders[0], "Quantity"));
        Assert.Equal(false, Detail(orders[0], "Participant"));
        Assert.Null(Detail(orders[0], "Amount"));
    }

    [Fact]
    public async Task Retrieve_LeavesOutUnknownOtherTenantsAndOtherTypesIds_AndKeepsTheOrderAsked()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var (first, second) = (tenant.Catalog.Accepted[0].Id, tenant.Catalog.Accepted[1].Id);

        var found = await RetrieveAsync(tenant, InviteeObject.Descriptor,
            second, other.Catalog.Accepted[0].Id, CventId.New(), tenant.Catalog.Guest.Id, first, second);

        Assert.Equal([second.ToString(), first.ToString()], found.Select(f => f.Id));
        Assert.Empty(await RetrieveAsync(tenant, RegistrationObject.Descriptor, tenant.Catalog.Declined.Id));
        Assert.Single(await RetrieveAsync(tenant, InviteeObject.Descriptor, tenant.Catalog.Declined.Id));
        Assert.Empty(await RetrieveAsync(tenant, EventObject.Descriptor, other.Catalog.Event.Id));
    }

    [Fact]
    public async Task Retrieve_EventAndSessionAndGuest_CarryTheirData()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;

        var e = Assert.Single(await RetrieveAsync(tenant, EventObject.Descriptor, catalog.Event.Id));
        var session = Assert.Single(await RetrieveAsync(tenant, SessionObject.Descriptor, catalog.Small.Id));
        var guest = Assert.Single(await RetrieveAsync(tenant, GuestObject.Descriptor, catalog.Guest.Id));

        Assert.Equal("Contract Conference", Value(EventObject.Descriptor, e, "EventTitle"));
        Assert.Equal("Active", Value(EventObject.Descriptor, e, "EventStatus"));
        Assert.Equal(catalog.Event.StartAt, Value(EventObject.Descriptor, e, "EventStartDate"));
        Assert.Equal("", Value(EventObject.Descriptor, e, "City"));
        Assert.Equal(false, Value(EventObject.Descriptor, e, "Hidden"));
        var products = e.Details.Select(d => (string)Detail(d, "ProductId")!).ToList();
        Assert.Equal(7, products.Count);
        Assert.Contains(catalog.Small.Id.ToString(), products);
        Assert.DoesNotContain(catalog.OtherEventSession.Id.ToString(), products);
        Assert.Equal(catalog.Event.Id.ToString(), Value(SessionObject.Descriptor, session, "EventId"));
        Assert.Equal("Session", Value(SessionObject.Descriptor, session, "ProductType"));
        Assert.Equal(2L, Value(SessionObject.Descriptor, session, "Capacity"));
        Assert.Equal(true, Value(SessionObject.Descriptor, session, "EnableWaitlist"));
        Assert.Equal("OpenForRegistration", Value(SessionObject.Descriptor, session, "Status"));
        Assert.Equal(catalog.Accepted[0].Id.ToString(), Value(GuestObject.Descriptor, guest, "RegistrationID"));
        Assert.Equal("plus.one@example.com", Value(GuestObject.Descriptor, guest, "Email"));
        Assert.Equal("Accepted", Value(GuestObject.Descriptor, guest, "Status"));
    }

    [Fact]
    public async Task GetUpdated_Registration_ReportsUnregistrationAndPromotion_AndOrderDetailShowsThem()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var (a, b, c) = (catalog.Accepted[0].Id, catalog.Accepted[1].Id, catalog.Accepted[2].Id);
        foreach (var id in new[] { a, b, c })
        {
            await RegisterAsync(tenant, catalog.Small, id);
        }

        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var windowStart = Fixture.Clock.GetUtcNow();
        Assert.Empty(await Store.GetUpdatedAsync(tenant.Account.Key, RegistrationObject.Descriptor, windowStart, windowStart.AddMinutes(1), 100, Ct));

        Assert.True((await UnregisterAsync(tenant, catalog.Small, a)).Error is null);

        var updated = await Store.GetUpdatedAsync(tenant.Account.Key, RegistrationObject.Descriptor, windowStart, windowStart.AddMinutes(1), 100, Ct);
        Assert.Equal(new[] { a.ToString(), c.ToString() }.Order(StringComparer.Ordinal), updated);
        Assert.Equal(updated, await Store.GetUpdatedAsync(tenant.Account.Key, InviteeObject.Descriptor, windowStart, windowStart.AddMinutes(1), 100, Ct));
        var registrations = await RetrieveAsync(tenant, RegistrationObject.Descriptor, a, c);
        var cancelled = Assert.Single(registrations[0].Details, d => d.Descriptor == RegistrationObject.OrderDetail);
        Assert.Equal(("Cancelled", (object?)windowStart), ((string)Detail(cancelled, "Action")!, Detail(cancelled, "ActionDate")));
        var promoted = Assert.Single(registrations[1].Details, d => d.Descriptor == RegistrationObject.OrderDetail);
        Assert.Equal(("Registered", (object?)windowStart), ((string)Detail(promoted, "Action")!, Detail(promoted, "ActionDate")));
        Assert.Equal(windowStart, Value(RegistrationObject.Descriptor, registrations[1], "LastModifiedDate"));
        Assert.Equal(1L, (await SearchAsync(tenant, RegistrationObject.Descriptor, false, ("LastModifiedDate", CvSearchOperator.GreaterThanOrEqualTo, [Format(windowStart)]),
            ("InviteeId", CvSearchOperator.EqualTo, [c.ToString().ToLowerInvariant()]))).Count);
    }

    [Fact]
    public async Task GetUpdated_Registration_WaitlistedThenLeftShowsWaitlistedThenCancelled()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        await RegisterAsync(tenant, catalog.Single, catalog.Accepted[0].Id);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var joined = Fixture.Clock.GetUtcNow();
        Assert.Equal(RegistrationOutcome.Refused, (await RegisterAsync(tenant, catalog.Single, catalog.Accepted[1].Id)).Outcome);
        await RegisterAsync(tenant, catalog.Small, catalog.Accepted[1].Id);
        await RegisterAsync(tenant, catalog.Small, catalog.Accepted[2].Id);
        await RegisterAsync(tenant, catalog.Small, catalog.Accepted[3].Id);

        var waitlisted = Assert.Single(await RetrieveAsync(tenant, RegistrationObject.Descriptor, catalog.Accepted[3].Id));
        var row = Assert.Single(waitlisted.Details);
        Assert.Equal(("Waitlisted", (object?)joined), ((string)Detail(row, "Action")!, Detail(row, "ActionDate")));
    }

    [Fact]
    public async Task GetUpdated_IgnoresOtherTenants_AndEventsMoveWithTheirSessions()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var start = Fixture.Clock.GetUtcNow();
        Fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Sessions = [tenant.Catalog.Small with { Name = "Renamed" }] }, Ct));

        var events = await Store.GetUpdatedAsync(tenant.Account.Key, EventObject.Descriptor, start.AddMinutes(1), start.AddMinutes(3), 100, Ct);
        var sessions = await Store.GetUpdatedAsync(tenant.Account.Key, SessionObject.Descriptor, start.AddMinutes(1), start.AddMinutes(3), 100, Ct);

        Assert.Equal([tenant.Catalog.Event.Id.ToString()], events);
        Assert.Equal([tenant.Catalog.Small.Id.ToString()], sessions);
        var all = await Store.GetUpdatedAsync(tenant.Account.Key, SessionObject.Descriptor, start.AddDays(-1), start.AddDays(1), 100, Ct);
        Assert.Equal(8, all.Count);
        Assert.DoesNotContain(other.Catalog.Small.Id.ToString(), all);
        Assert.Equal(3, (await Store.GetUpdatedAsync(tenant.Account.Key, SessionObject.Descriptor, start.AddDays(-1), start.AddDays(1), 3, Ct)).Count);
        Assert.Empty(await Store.GetDeletedAsync(tenant.Account.Key, CvObjectType.Contact, start.AddDays(-1), start.AddDays(1), 100, Ct));
    }

    [Fact]
    public async Task Search_TextOperators_AreCaseInsensitiveAndTakePercentAndUnderscoreLiterally()
    {
        var catalog = new TestCatalog(acceptedInvitees: 4);
        var tenant = await NewTenantAsync(catalog);
        await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Invitees =
            [
                catalog.Accepted[0] with { LastName = "O'Brien_100%" },
                catalog.Accepted[1] with { LastName = "o'brienX100" },
                catalog.Accepted[2] with { LastName = "Éclair" },
                catalog.Accepted[3] with { LastName = "éclair" },
            ],
        }, Ct);
        var (i0, i1, i2, i3) = (Id(catalog.Accepted[0]), Id(catalog.Accepted[1]), Id(catalog.Accepted[2]), Id(catalog.Accepted[3]));
        var declined = Id(catalog.Declined);
        var d = InviteeObject.Descriptor;

        Assert.Equal([i0], await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.EqualTo, ["O'BRIEN_100%"])));
        Assert.Equal([i0], await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.Contains, ["_100%"])));
        Assert.Equal(Sorted(i0, i1), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.StartsWith, ["o'brien"])));
        Assert.Equal(Sorted(i1, i2, i3, declined), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.DoesNotContain, ["_1"])));
        Assert.Equal([i2], await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.EqualTo, ["Éclair"])));
        Assert.Equal(Sorted(i0, i1, i3, declined), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.NotEqualTo, ["Éclair"])));
        Assert.Equal(Sorted(i0, i2, i3), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.Includes, ["éclaiR", "o'brien_100%", "Éclair"]),
            ("Status", CvSearchOperator.EqualTo, ["accepted"])));
        Assert.Equal(Sorted(i1, i3, declined), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.Excludes, ["Éclair", "o'brien_100%"])));
        // Declined's LastName is "Last0005"; "É" and "é" sort after every ASCII letter (byte order).
        Assert.Equal(Sorted(i0, i1, declined), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.LessThan, ["P"])));
        Assert.Equal(Sorted(i0, i1, declined), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.LessThanOrEqualTo, ["o'brienx100"])));
        Assert.Equal(Sorted(i2, i3), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.GreaterThan, ["o'brienx100"])));
        Assert.Equal(Sorted(i1, i2, i3), await SearchAsync(tenant, d, false, ("LastName", CvSearchOperator.GreaterThanOrEqualTo, ["O'BRIENX"])));
        Assert.Equal(Sorted(i0, declined), await SearchAsync(tenant, d, true, ("LastName", CvSearchOperator.Contains, ["%"]),
            ("Status", CvSearchOperator.EqualTo, ["Declined"])));
        Assert.Equal(Sorted(i0, i1, i2, i3, declined), await SearchAsync(tenant, d, false));
        Assert.Equal(Sorted(i0, i1, i2, i3), await SearchAsync(tenant, d, false, ("EventId", CvSearchOperator.EqualTo, [catalog.Event.Id.ToString().ToLowerInvariant()]),
            ("Status", CvSearchOperator.NotEqualTo, ["Declined"])));
    }

    [Fact]
    public async Task Search_TypedOperators_CompareDatesNumbersAndBooleans()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var s = SessionObject.Descriptor;
        var e = EventObject.Descriptor;

        Assert.Equal(Sorted(Id(catalog.Event), Id(catalog.OtherEvent)), await SearchAsync(tenant, e, false, ("EventStartDate", CvSearchOperator.EqualTo, ["2027-06-14T09:00:00"])));
        Assert.Equal([Id(catalog.Event)], await SearchAsync(tenant, e, false, ("EventEndDate", CvSearchOperator.GreaterThan, ["2027-06-15T09:00:00"])));
        Assert.Equal(Sorted(Id(catalog.Event), Id(catalog.OtherEvent)), await SearchAsync(tenant, e, false, ("EventEndDate", CvSearchOperator.LessThanOrEqualTo, ["2027-06-16T09:00:00Z"])));
        Assert.Equal([Id(catalog.OtherEvent)], await SearchAsync(tenant, e, false, ("EventEndDate", CvSearchOperator.LessThan, ["2027-06-16T11:00:00+02:00"])));
        Assert.Equal(Sorted(Id(catalog.Event), Id(catalog.OtherEvent)), await SearchAsync(tenant, e, false, ("EventStartDate", CvSearchOperator.GreaterThanOrEqualTo, ["2027-06-14"])));
        Assert.Empty(await SearchAsync(tenant, e, false, ("EventLaunchDate", CvSearchOperator.NotEqualTo, [""])));
        Assert.Equal(2, (await SearchAsync(tenant, e, false, ("EventLaunchDate", CvSearchOperator.EqualTo, [""]))).Count);
        Assert.Equal([Id(catalog.OtherEvent)], await SearchAsync(tenant, e, false, ("EventEndDate", CvSearchOperator.Excludes, ["2027-06-16T09:00:00"])));
        Assert.Equal([Id(catalog.Event)], await SearchAsync(tenant, e, false, ("EventEndDate", CvSearchOperator.Includes, ["2027-06-16T09:00:00", "2020-01-01T00:00:00"])));
        Assert.Equal(2, (await SearchAsync(tenant, e, false, ("Hidden", CvSearchOperator.EqualTo, ["false"]))).Count);
        Assert.Empty(await SearchAsync(tenant, e, false, ("Hidden", CvSearchOperator.NotEqualTo, ["FALSE"])));
        Assert.Equal(8, (await SearchAsync(tenant, s, false, ("EventId", CvSearchOperator.Includes, [Id(catalog.Event), Id(catalog.OtherEvent)]))).Count);
        Assert.Equal([Id(catalog.OtherEventSession)], await SearchAsync(tenant, s, false, ("EventId", CvSearchOperator.Excludes, [Id(catalog.Event)])));
    }

    [Fact]
    public async Task Search_IsScopedToTheAccount_AndStopsAtTheLimit()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();

        Assert.Empty(await SearchAsync(tenant, SessionObject.Descriptor, false, ("EventId", CvSearchOperator.EqualTo, [Id(other.Catalog.Event)])));
        var ids = await Store.SearchAsync(tenant.Account.Key, new CvSearch(InviteeObject.Descriptor, false, []), 3, Ct);
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Retrieve_Invitee_AfterSimpleEventCancel_ShowsCancelledDateAndCancelledOrders()
    {
        var tenant = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[0].Id;
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, invitee);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        var cancelledAt = Fixture.Clock.GetUtcNow();
        Assert.Null(Assert.Single(await Store.SimpleEventRegistrationAsync(new EventRegistrationCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(),
            RegistrationAction.Cancel, tenant.Catalog.Event.Id.ToString(), [new ObjectItem(invitee.ToString(), null, null)]), Ct)).Error);

        var registration = Assert.Single(await RetrieveAsync(tenant, RegistrationObject.Descriptor, invitee));

        Assert.Equal("Cancelled", Value(RegistrationObject.Descriptor, registration, "Status"));
        Assert.Equal(cancelledAt, Value(RegistrationObject.Descriptor, registration, "CancelledDate"));
        Assert.Equal(cancelledAt, Value(RegistrationObject.Descriptor, registration, "OriginalResponseDate"));
        Assert.Null(Value(RegistrationObject.Descriptor, registration, "RegistrationDate"));
        Assert.All(registration.Details.Where(d => d.Descriptor == RegistrationObject.OrderDetail), o => Assert.Equal("Cancelled", Detail(o, "Action")));
        Assert.Equal([Id(tenant.Catalog.Accepted[0])], await SearchAsync(tenant, RegistrationObject.Descriptor, false,
            ("CancelledDate", CvSearchOperator.EqualTo, [Format(cancelledAt)])));
    }

    private const string SqlEmptyId = "00000000-0000-0000-0000-000000000000";

    private Task<IReadOnlyList<CvObjectRecord>> RetrieveAsync(Tenant tenant, CvObjectDescriptor type, params CventId[] ids) =>
        Store.RetrieveAsync(tenant.Account.Key, type, ids, Ct);

    private async Task<IReadOnlyList<string>> SearchAsync(Tenant tenant, CvObjectDescriptor type, bool any, params (string Field, CvSearchOperator Op, string[] Values)[] filters)
    {
        var checkedFilters = filters.Select(f =>
        {
            var list = f.Op.TakesList();
            var filter = CvSearchRules.Check(type, f.Field, f.Op.ToWire(), list ? null : f.Values[0], list ? f.Values : [], out var error);
            Assert.Null(error);
            return filter!;
        }).ToList();
        return await Store.SearchAsync(tenant.Account.Key, new CvSearch(type, any, checkedFilters), 1000, Ct);
    }

    private static object? Value(CvObjectDescriptor type, CvObjectRecord record, string field) =>
        record.Values[type.Fields.ToList().FindIndex(f => f.Name == field)];

    private static object? Detail(CvDetailRecord detail, string field) =>
        detail.Values[detail.Descriptor.Fields.ToList().FindIndex(f => f.Name == field)];

    private static string Id(InviteeRecord invitee) => invitee.Id.ToString();

    private static string Id(EventRecord e) => e.Id.ToString();

    private static string Id(SessionRecord s) => s.Id.ToString();

    private static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static string Format(DateTimeOffset value) => CvDateTime.Format(value);
}
