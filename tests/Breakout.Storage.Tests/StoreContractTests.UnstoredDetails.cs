using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Domain.Payments;

namespace Breakout.Storage.Tests;

/// <summary>
/// Details the WSDL declares that were once not kept (issue #17): a transaction's <c>DistributionDetail</c> (imported or
/// written by CreateTransaction) and a user's <c>CustomFieldDetail</c> and <c>VisibilityDefaults</c> (imported).
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ImportedTransaction_KeepsItsDistributionDetails_InImportOrder_WithExactAmountsApplied()
    {
        var tenant = await NewTenantAsync();
        var transaction = CventId.New();
        var (session, conference) = (tenant.Catalog.Small.Id, tenant.Catalog.Event.Id);

        Assert.Empty(await ImportAsync(tenant,
            [Row(TransactionObject.Descriptor, transaction, ("InviteeId", tenant.Catalog.Accepted[0].Id), ("TransactionType", "Online Charge"), ("Amount", 100.3m))],
            [Detail(TransactionObject.Descriptor, TransactionObject.DistributionDetail, transaction, ("ProductId", session), ("ProductName", "Workshop"),
                ("ProductType", "Session"), ("OrderPrice", 40.25d), ("AmountApplied", 40.1m), ("GLCode", "4100")),
             Detail(TransactionObject.Descriptor, TransactionObject.DistributionDetail, transaction, ("ProductId", conference), ("AmountApplied", 60.2m))]));

        var details = Assert.Single(await RetrieveAsync(tenant, TransactionObject.Descriptor, transaction)).Details;

        Assert.Equal([session.ToString(), conference.ToString()], details.Select(d => (string)Detail(d, "ProductId")!));
        Assert.Equal([40.1m, 60.2m], details.Select(d => (decimal)Detail(d, "AmountApplied")!));
        Assert.Equal(["40.10", "60.20"], details.Select(d => CvValues.Format(Detail(d, "AmountApplied")!)));
        Assert.Equal(("Workshop", "Session", 40.25d, "4100"), (Detail(details[0], "ProductName"), Detail(details[0], "ProductType"), Detail(details[0], "OrderPrice"), Detail(details[0], "GLCode")));
        Assert.Equal("", Detail(details[1], "ProductName"));
        Assert.Empty(await RetrieveAsync(await NewTenantAsync(), TransactionObject.Descriptor, transaction));
    }

    [Fact]
    public async Task CreatedTransaction_KeepsItsDistribution_WithTheProductsOwnNameCodeAndType()
    {
        var tenant = await NewTenantAsync();
        var (session, conference) = (tenant.Catalog.Small, tenant.Catalog.Event);
        var texts = new Dictionary<string, string> { ["GLCode"] = "4100", ["GLDescription"] = "Workshops", ["OrderNumber"] = "ORD-7" };
        var payment = Payment(tenant.Catalog.Accepted[0].Id, "Offline Charge", 10m) with
        {
            Distribution = [new DistributionInput(session.Id.ToString(), 4m, texts), new DistributionInput(conference.Id.ToString(), 6m)],
        };

        var created = Assert.Single(await CreateTransactionsAsync(tenant, conference.Id, payment));

        Assert.True(created.Success);
        var details = Assert.Single(await RetrieveAsync(tenant, TransactionObject.Descriptor, CventId.Parse(created.Id!))).Details;
        Assert.Equal(
            [(session.Id.ToString(), session.Name, session.Code, "Session", 4m, "4100", "Workshops", "ORD-7"), (conference.Id.ToString(), conference.Title, conference.Code, "Event", 6m, "", "", "")],
            details.Select(d => ((string?)Detail(d, "ProductId"), (string?)Detail(d, "ProductName"), (string?)Detail(d, "ProductCode"), (string?)Detail(d, "ProductType"),
                (decimal?)Detail(d, "AmountApplied"), (string?)Detail(d, "GLCode"), (string?)Detail(d, "GLDescription"), (string?)Detail(d, "OrderNumber"))));
    }

    [Fact]
    public async Task ImportedUser_KeepsUserCustomFieldValuesAndVisibilityDefaults_ShowingTheFieldsAndGroupsNames()
    {
        var tenant = await NewTenantAsync();
        var (user, field, contactField, group) = (CventId.New(), CventId.New(), CventId.New(), CventId.New());
        Assert.Empty(await ImportAsync(tenant,
            [Row(EntityCustomFieldObject.Descriptor, field, ("FieldName", "Region"), ("FieldType", "Open Ended Text - One Line"), ("CustomFieldCategory", "UserCustomField")),
             Row(EntityCustomFieldObject.Descriptor, contactField, ("FieldName", "Diet"), ("CustomFieldCategory", "ContactCustomField")),
             Row(UserGroupObject.Descriptor, group, ("UserGroupName", "East")), Row(UserObject.Descriptor, user, ("Username", "planner"))], []));

        var errors = await ImportAsync(tenant, [],
            [Detail(UserObject.Descriptor, UserObject.VisibilityDefaults, user, ("UserGroupId", group), ("VisibilityType", "Survey")),
             Detail(UserObject.Descriptor, UserObject.CustomFieldDetail, user, ("FieldId", field), ("FieldValue", "EMEA")),
             Detail(UserObject.Descriptor, UserObject.VisibilityDefaults, user, ("UserGroupId", group), ("VisibilityType", "Event")),
             Detail(UserObject.Descriptor, UserObject.CustomFieldDetail, user, ("FieldId", contactField), ("FieldValue", "Vegan"))]);
        Assert.Empty(await ImportAsync(tenant, [], [Detail(UserObject.Descriptor, UserObject.CustomFieldDetail, user, ("FieldId", field), ("FieldValue", "APAC"))]));

        Assert.Equal([$"User custom field {contactField} does not exist."], errors.Select(e => e.Message));
        var details = Assert.Single(await RetrieveAsync(tenant, UserObject.Descriptor, user)).Details;
        Assert.Equal(["CustomFieldDetail", "VisibilityDefaults", "VisibilityDefaults"], details.Select(d => d.Descriptor.Element));
        Assert.Equal(("Region", "Open Ended Text - One Line", "APAC", field.ToString()),
            (Detail(details[0], "FieldName"), Detail(details[0], "FieldType"), Detail(details[0], "FieldValue"), Detail(details[0], "FieldId")));
        Assert.Equal([("East", "Survey", group.ToString()), ("East", "Event", group.ToString())],
            details.Skip(1).Select(d => ((string?)Detail(d, "UserGroupName"), (string?)Detail(d, "VisibilityType"), (string?)Detail(d, "UserGroupId"))));
    }

    [Fact]
    public async Task DeletingAUser_RemovesItsCustomFieldValuesAndVisibilityDefaults()
    {
        var tenant = await NewTenantAsync();
        var (user, field, group) = (CventId.New(), CventId.New(), CventId.New());
        Assert.Empty(await ImportAsync(tenant,
            [Row(EntityCustomFieldObject.Descriptor, field, ("FieldName", "Region"), ("CustomFieldCategory", "UserCustomField")),
             Row(UserGroupObject.Descriptor, group, ("UserGroupName", "East")), Row(UserObject.Descriptor, user, ("Username", "leaver"))],
            [Detail(UserObject.Descriptor, UserObject.CustomFieldDetail, user, ("FieldId", field), ("FieldValue", "EMEA")),
             Detail(UserObject.Descriptor, UserObject.VisibilityDefaults, user, ("UserGroupId", group), ("VisibilityType", "Event"))]));

        var deleted = Assert.Single(await Store.DeleteUsersAsync(new(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), [new ObjectItem(user.ToString(), "d")]), Ct));

        Assert.True(deleted.Success);
        Assert.Empty(await RetrieveAsync(tenant, UserObject.Descriptor, user));
    }
}
