using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>The types imported by declaration (issue #17 part A): import, relations, Retrieve, Search, GetUpdated, isolation.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ImportedSpeaker_IsRetrievedWithItsEventAndAssignedSessions_AndSearchedByEvent()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var speaker = CventId.New();
        Assert.Empty(await ImportAsync(tenant,
            [Row(SpeakerObject.Descriptor, speaker, ("EventId", catalog.Event.Id), ("FirstName", "Ada"), ("SpeakerCode", "SPK-1"), ("DisplayOnWebsite", true))],
            [Detail(SpeakerObject.Descriptor, SpeakerObject.AssignedSessions, speaker, ("SessionId", catalog.Small.Id)),
             Detail(SpeakerObject.Descriptor, SpeakerObject.AssignedSessions, speaker, ("SessionId", catalog.Unlimited.Id))]));

        var found = Assert.Single(await RetrieveAsync(tenant, SpeakerObject.Descriptor, speaker));

        Assert.Equal(catalog.Event.Id.ToString(), Value(SpeakerObject.Descriptor, found, "EventId"));
        Assert.Equal("Contract Conference", Value(SpeakerObject.Descriptor, found, "EventTitle"));
        Assert.Equal("Ada", Value(SpeakerObject.Descriptor, found, "FirstName"));
        Assert.Equal(true, Value(SpeakerObject.Descriptor, found, "DisplayOnWebsite"));
        Assert.Equal("", Value(SpeakerObject.Descriptor, found, "Biography"));
        Assert.Equal(Fixture.Clock.GetUtcNow(), Value(SpeakerObject.Descriptor, found, "LastModifiedDate"));
        Assert.Equal([catalog.Small.Id.ToString(), catalog.Unlimited.Id.ToString()], found.Details.Select(d => (string)Detail(d, "SessionId")!));
        Assert.Equal(catalog.Small.Name, Detail(found.Details[0], "SessionName"));
        Assert.Equal([speaker.ToString()], await SearchAsync(tenant, SpeakerObject.Descriptor, false,
            ("EventId", CvSearchOperator.EqualTo, [catalog.Event.Id.ToString()])));
        Assert.Empty(await SearchAsync(tenant, SpeakerObject.Descriptor, false, ("EventId", CvSearchOperator.EqualTo, [catalog.OtherEvent.Id.ToString()])));
    }

    [Fact]
    public async Task ImportedObjects_NamingAnotherTenantsRows_AreRefused_AndAreInvisibleToOtherTenants()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var (speaker, transaction) = (CventId.New(), CventId.New());

        var errors = await ImportAsync(tenant,
            [Row(SpeakerObject.Descriptor, speaker, ("EventId", other.Catalog.Event.Id)),
             Row(TransactionObject.Descriptor, transaction, ("InviteeId", tenant.Catalog.Guest.Id), ("TransactionType", "Online Charge"))],
            [Detail(SpeakerObject.Descriptor, SpeakerObject.AssignedSessions, CventId.New(), ("SessionId", tenant.Catalog.Small.Id))]);

        Assert.Equal(
            [("speaker", speaker.ToString(), $"Event {other.Catalog.Event.Id} does not exist."),
             ("transaction", transaction.ToString(), $"Invitee {tenant.Catalog.Guest.Id} does not exist."),
             ("speaker.assignedsessions", errors[2].Id, "Speaker " + errors[2].Id.Split('/')[0] + " does not exist.")],
            errors.Select(e => (e.Kind, e.Id, e.Message)));
        var user = CventId.New();
        Assert.Empty(await ImportAsync(tenant, [Row(UserObject.Descriptor, user, ("Username", "planner"))], []));
        Assert.Empty(await RetrieveAsync(other, UserObject.Descriptor, user));
        Assert.Empty(await Store.GetUpdatedAsync(other.Account.Key, UserObject.Descriptor, DateTimeOffset.MinValue.AddYears(2000), Fixture.Clock.GetUtcNow().AddDays(1), 100, Ct));
    }

    [Fact]
    public async Task Transactions_ShowTheirInvitee_AreSearchedByAmount_AndTheLatestSuccessfulOneDecidesPaidInFull()
    {
        var tenant = await NewTenantAsync();
        var (invitee, guest) = (tenant.Catalog.Accepted[0], tenant.Catalog.Guest);
        var (charge, refund, failed) = (CventId.New(), CventId.New(), CventId.New());
        var day = new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.True(await PaidInFullAsync(tenant, guest.Id));

        Assert.Empty(await ImportAsync(tenant,
        [
            Row(TransactionObject.Descriptor, charge, ("InviteeId", invitee.Id), ("TransactionType", "Online Charge"), ("Amount", 150m),
                ("PaidInFull", false), ("Success", true), ("TransactionDate", day)),
            Row(TransactionObject.Descriptor, failed, ("InviteeId", invitee.Id), ("TransactionType", "Online Charge"), ("Amount", 50m),
                ("PaidInFull", true), ("Success", false), ("TransactionDate", day.AddDays(2))),
        ], []));
        Assert.False(await PaidInFullAsync(tenant, invitee.Id));
        Assert.False(await PaidInFullAsync(tenant, guest.Id));

        Assert.Empty(await ImportAsync(tenant,
            [Row(TransactionObject.Descriptor, refund, ("InviteeId", invitee.Id), ("TransactionType", "Offline Charge"), ("Amount", 49.5m),
                ("PaidInFull", true), ("TransactionDate", day.AddDays(1)))], []));
        Assert.True(await PaidInFullAsync(tenant, invitee.Id));

        var found = Assert.Single(await RetrieveAsync(tenant, TransactionObject.Descriptor, charge));
        Assert.Equal(invitee.Id.ToString(), Value(TransactionObject.Descriptor, found, "InviteeId"));
        Assert.Equal(tenant.Catalog.Event.Id.ToString(), Value(TransactionObject.Descriptor, found, "EventId"));
        Assert.Equal(invitee.FirstName, Value(TransactionObject.Descriptor, found, "FirstName"));
        Assert.Equal(150m, Value(TransactionObject.Descriptor, found, "Amount"));
        Assert.Equal("150.00", CvValues.Format(Value(TransactionObject.Descriptor, found, "Amount")!));
        Assert.Equal(Sorted(charge.ToString(), failed.ToString()), await SearchAsync(tenant, TransactionObject.Descriptor, false,
            ("Amount", CvSearchOperator.GreaterThan, ["49.5"])));
        Assert.Equal([refund.ToString()], await SearchAsync(tenant, TransactionObject.Descriptor, false,
            ("TransactionType", CvSearchOperator.EqualTo, ["Offline Charge"])));

        // By invitee, through the indexes: any case, Includes, and an ID of another tenant or of nothing finds nothing.
        var other = await NewTenantAsync();
        var all = Sorted(charge.ToString(), refund.ToString(), failed.ToString());
        Assert.Equal(all, await SearchAsync(tenant, TransactionObject.Descriptor, false, ("InviteeId", CvSearchOperator.EqualTo, [invitee.Id.ToString().ToLowerInvariant()])));
        Assert.Equal(all, await SearchAsync(tenant, TransactionObject.Descriptor, false,
            ("InviteeId", CvSearchOperator.Includes, [CventId.New().ToString(), invitee.Id.ToString()])));
        Assert.Empty(await SearchAsync(tenant, TransactionObject.Descriptor, false, ("InviteeId", CvSearchOperator.EqualTo, [other.Catalog.Accepted[0].Id.ToString()])));
        Assert.Empty(await SearchAsync(other, TransactionObject.Descriptor, false, ("InviteeId", CvSearchOperator.EqualTo, [invitee.Id.ToString()])));
        Assert.Equal([refund.ToString()], await SearchAsync(tenant, TransactionObject.Descriptor, false,
            ("InviteeId", CvSearchOperator.EqualTo, [invitee.Id.ToString()]), ("Amount", CvSearchOperator.LessThan, ["50"])));
    }

    [Fact]
    public async Task Users_ShowTheirRoleAndGroups_AndGetUpdatedSeesAGroupChangeOfAUser()
    {
        var tenant = await NewTenantAsync();
        var (user, role, group) = (CventId.New(), CventId.New(), CventId.New());
        Assert.Empty(await ImportAsync(tenant,
            [Row(UserRoleObject.Descriptor, role, ("UserRoleName", "Planner")), Row(UserGroupObject.Descriptor, group, ("UserGroupName", "East")),
             Row(UserObject.Descriptor, user, ("Username", "ada"), ("UserRoleId", role), ("UserType", "Application"))],
            [Detail(UserRoleObject.Descriptor, UserRoleObject.UserRights, role, ("UserRightName", "Events"), ("AccessLevel", "Full"))]));
        var start = Fixture.Clock.GetUtcNow().AddMinutes(1);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Empty(await ImportAsync(tenant, [], [Detail(UserObject.Descriptor, UserObject.UserGroupDetail, user, ("UserGroupId", group))]));

        var found = Assert.Single(await RetrieveAsync(tenant, UserObject.Descriptor, user));
        Assert.Equal("Planner", Value(UserObject.Descriptor, found, "UserRole"));
        Assert.Equal(role.ToString(), Value(UserObject.Descriptor, found, "UserRoleId"));
        Assert.Equal("", Value(UserObject.Descriptor, found, "Password"));
        Assert.Equal(("East", group.ToString()), (Detail(found.Details[0], "UserGroupName"), Detail(found.Details[0], "UserGroupId")));
        Assert.Equal([user.ToString()], await SearchAsync(tenant, UserObject.Descriptor, false, ("UserRole", CvSearchOperator.EqualTo, ["Planner"])));
        var window = (start, Fixture.Clock.GetUtcNow().AddMinutes(1));
        Assert.Equal([user.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, UserObject.Descriptor, window.start, window.Item2, 100, Ct));
        Assert.Empty(await Store.GetUpdatedAsync(tenant.Account.Key, UserRoleObject.Descriptor, window.start, window.Item2, 100, Ct));
        var rights = Assert.Single(Assert.Single(await RetrieveAsync(tenant, UserRoleObject.Descriptor, role)).Details);
        Assert.Equal("Full", Detail(rights, "AccessLevel"));
    }

    [Fact]
    public async Task EventDetail_CountsTheEventsInvitees_AndCustomFieldChoicesKeepTheirOrder()
    {
        var tenant = await NewTenantAsync();
        var field = CventId.New();
        Assert.Empty(await ImportAsync(tenant,
            [Row(EntityCustomFieldObject.Descriptor, field, ("FieldName", "Diet"), ("FieldCode", "DIET"), ("FieldType", "Choice"), ("CustomFieldCategory", "ContactCustomField"))],
            [.. new[] { "Vegan", "Any", "Halal" }.Select(c => Detail(EntityCustomFieldObject.Descriptor, EntityCustomFieldObject.FieldChoices, field, ("FieldChoiceText", c)))]));

        var detail = Assert.Single(await RetrieveAsync(tenant, EventDetailObject.Descriptor, tenant.Catalog.Event.Id));
        var choices = Assert.Single(await RetrieveAsync(tenant, EntityCustomFieldObject.Descriptor, field)).Details;

        Assert.Equal(tenant.Catalog.Accepted.Count + 1L, Value(EventDetailObject.Descriptor, detail, "TotalInvitedCount"));
        Assert.Equal((long)tenant.Catalog.Accepted.Count, Value(EventDetailObject.Descriptor, detail, "RegisteredAttendeeCount"));
        Assert.Equal(1L, Value(EventDetailObject.Descriptor, detail, "DeclineeCount"));
        Assert.Equal(["Vegan", "Any", "Halal"], choices.Select(c => (string)Detail(c, "FieldChoiceText")!));
        Assert.Equal([field.ToString()], await SearchAsync(tenant, EntityCustomFieldObject.Descriptor, false, ("FieldType", CvSearchOperator.EqualTo, ["Choice"])));
        Assert.Equal([new LookUpRecord("ContactCustomField", field.ToString(), "Diet", "DIET")], await Store.ListLookUpsAsync(tenant.Account.Key, Ct));
        Assert.Empty(await Store.ListLookUpsAsync((await NewTenantAsync()).Account.Key, Ct));
    }

    private async Task<IReadOnlyList<ImportRowError>> ImportAsync(Tenant tenant, IReadOnlyList<CvObjectRow> objects, IReadOnlyList<CvDetailRow> details) =>
        await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Objects = objects, Details = details }, Ct);

    private static CvObjectRow Row(CvObjectDescriptor type, CventId id, params (string Field, object Value)[] values) =>
        new(type, id, values.ToDictionary(v => v.Field, v => (object?)v.Value));

    private static CvDetailRow Detail(CvObjectDescriptor type, CvDetailDescriptor detail, CventId parent, params (string Field, object Value)[] values) =>
        new(type, detail, parent, values.ToDictionary(v => v.Field, v => (object?)v.Value));

    private async Task<bool> PaidInFullAsync(Tenant tenant, CventId registrant) =>
        Assert.Single(await Store.ValidateInviteeAsync(new ValidateInviteeQuery(tenant.Account.Key, ProductType.Event, tenant.Catalog.Event.Id.ToString(), true,
            [new ObjectItem(registrant.ToString(), "m")]), Ct)).PaidInFull;
}
