using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;
using Breakout.Domain.Users;

namespace Breakout.Storage.Tests;

/// <summary>
/// Details the WSDL declares that were once not kept (issue #17): Travel's hotel, car and air requests and booked
/// flights, EventDetail's six details (imported), and a user's <c>CustomFieldDetail</c> and <c>VisibilityDefaults</c>
/// written by CreateUser and UpdateUser.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ImportedTravel_KeepsItsFourDetails_InWsdlOrderThenImportOrder_WithTypedValues_AndAReimportReplacesByKey()
    {
        var tenant = await NewTenantAsync();
        var (travel, hotel, car) = (CventId.New(), CventId.New(), CventId.New());
        var requester = tenant.Catalog.Accepted[0].Id;
        var checkin = new DateTimeOffset(2027, 6, 13, 15, 0, 0, TimeSpan.Zero);
        Assert.Empty(await ImportAsync(tenant, [Row(TravelObject.Descriptor, travel, ("InviteeId", requester), ("Status", "Confirmed"))],
            [Detail(TravelObject.Descriptor, TravelObject.AirActual, travel, ("RequesterId", requester), ("ConfirmationNumber", "QX7"), ("TotalAmount", "842.10")),
             Detail(TravelObject.Descriptor, TravelObject.HotelRequest, travel, ("Id", hotel), ("RequesterId", requester), ("HotelName", "Harbour"), ("CheckinDate", checkin),
                ("Smoking", false), ("TotalAmount", 657.5m), ("Quantity", "2")),
             Detail(TravelObject.Descriptor, TravelObject.CarRequest, travel, ("RequestId", car), ("Cancelled", true)),
             Detail(TravelObject.Descriptor, TravelObject.AirRequest, travel, ("RequesterId", requester), ("Leg1Origin", "LHR"), ("Leg1Date", checkin))]));

        var errors = await ImportAsync(tenant, [],
            [Detail(TravelObject.Descriptor, TravelObject.HotelRequest, travel, ("Id", hotel), ("HotelName", "Harbour View")),
             Detail(TravelObject.Descriptor, TravelObject.CarRequest, CventId.New(), ("RequestId", CventId.New()))]);

        Assert.Equal(["travel.carrequest"], errors.Select(e => e.Kind));
        var details = Assert.Single(await RetrieveAsync(tenant, TravelObject.Descriptor, travel)).Details;
        Assert.Equal(["HotelRequest", "CarRequest", "AirRequest", "AirActual"], details.Select(d => d.Descriptor.Element));
        Assert.Equal((hotel.ToString(), "Harbour View", null, false, null), (Detail(details[0], "Id"), Detail(details[0], "HotelName"), Detail(details[0], "CheckinDate"),
            Detail(details[0], "Smoking"), Detail(details[0], "TotalAmount")));
        Assert.Equal((car.ToString(), true), (Detail(details[1], "RequestId"), Detail(details[1], "Cancelled")));
        Assert.Equal(("LHR", checkin), (Detail(details[2], "Leg1Origin"), Detail(details[2], "Leg1Date")));
        Assert.Equal(("QX7", "842.10", requester.ToString()), (Detail(details[3], "ConfirmationNumber"), Detail(details[3], "TotalAmount"), Detail(details[3], "RequesterId")));
        Assert.Empty(await RetrieveAsync(await NewTenantAsync(), TravelObject.Descriptor, travel));
    }

    [Fact]
    public async Task ImportedHotelRequest_KeepsItsAmountExactly_AndItsDatesAndFlags()
    {
        var tenant = await NewTenantAsync();
        var travel = CventId.New();
        var checkin = new DateTimeOffset(2027, 6, 13, 15, 0, 0, TimeSpan.Zero);
        Assert.Empty(await ImportAsync(tenant, [Row(TravelObject.Descriptor, travel, ("InviteeId", tenant.Catalog.Accepted[1].Id))],
            [Detail(TravelObject.Descriptor, TravelObject.HotelRequest, travel, ("Id", CventId.New()), ("CheckinDate", checkin), ("Smoking", false), ("RoomCharge", true),
                ("TotalAmount", 657.1234m))]));

        var hotel = Assert.Single(Assert.Single(await RetrieveAsync(tenant, TravelObject.Descriptor, travel)).Details);

        Assert.Equal((checkin, false, true, 657.1234m), (Detail(hotel, "CheckinDate"), Detail(hotel, "Smoking"), Detail(hotel, "RoomCharge"), Detail(hotel, "TotalAmount")));
    }

    [Fact]
    public async Task ImportedEventDetailRows_HangOffTheEvent_InWsdlOrder_AndMoveItIntoGetUpdatedsWindow()
    {
        var tenant = await NewTenantAsync();
        var conference = tenant.Catalog.Event.Id;
        Fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Fixture.Clock.GetUtcNow();

        var errors = await ImportAsync(tenant, [],
            [Detail(EventDetailObject.Descriptor, EventDetailObject.Fees, conference, ("FeeID", CventId.New()), ("FeeName", "Late"), ("FeeAmount", 50.5d), ("Active", true)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, conference, ("Question", "Parking?"), ("Answer", "Yes"), ("Sequence", 2L)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, conference, ("Question", "Dress code?"), ("Sequence", 1L)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.PlanningStatusHistory, conference, ("NewStatus", "Active"), ("ActionDate", start)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.StaffDetail, conference, ("StaffEmailAddress", "a@example.com"), ("DisplayOnWebsite", true)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.EventRoleDetail, conference, ("AssigneeID", CventId.New()), ("AssignedRole", "Manager")),
             Detail(EventDetailObject.Descriptor, EventDetailObject.ProcessFormDetail, conference, ("ID", CventId.New()), ("Name", "Approval")),
             Detail(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, CventId.New(), ("Question", "Orphan?"))]);
        Assert.Empty(await ImportAsync(tenant, [], [Detail(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, conference, ("Question", "Parking?"), ("Answer", "No"))]));

        Assert.Equal([("eventdetail.faqdetail", true)], errors.Select(e => (e.Kind, e.Message.EndsWith("does not exist.", StringComparison.Ordinal))));
        var details = Assert.Single(await RetrieveAsync(tenant, EventDetailObject.Descriptor, conference)).Details;
        Assert.Equal(["PlanningStatusHistory", "ProcessFormDetail", "EventRoleDetail", "FAQDetail", "FAQDetail", "StaffDetail", "Fees"], details.Select(d => d.Descriptor.Element));
        Assert.Equal([("Parking?", "No"), ("Dress code?", "")], details.Where(d => d.Descriptor == EventDetailObject.FAQDetail).Select(d => (Detail(d, "Question"), Detail(d, "Answer"))));
        Assert.Equal((50.5d, true), (Detail(details[6], "FeeAmount"), Detail(details[6], "Active")));
        Assert.Equal(start, Detail(details[0], "ActionDate"));
        Assert.Equal([conference.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, EventDetailObject.Descriptor, start, start.AddMinutes(1), 100, Ct));
        Assert.Empty(await RetrieveAsync(tenant, EventDetailObject.Descriptor, CventId.New()));
    }

    [Fact]
    public async Task SavedUser_KeepsItsCustomFieldValuesAndVisibilityDefaults_AndARefusedItemWritesNothing()
    {
        var tenant = await NewTenantAsync();
        var (field, contactField, group, otherGroup) = (CventId.New(), CventId.New(), CventId.New(), CventId.New());
        var role = CventId.New();
        Assert.Empty(await ImportAsync(tenant,
            [Row(EntityCustomFieldObject.Descriptor, field, ("FieldName", "Region"), ("FieldType", "Open Ended Text - One Line"), ("CustomFieldCategory", "UserCustomField")),
             Row(EntityCustomFieldObject.Descriptor, contactField, ("FieldName", "Diet"), ("CustomFieldCategory", "ContactCustomField")),
             Row(UserGroupObject.Descriptor, group, ("UserGroupName", "East")), Row(UserRoleObject.Descriptor, role, ("UserRoleName", "Planner"))], []));
        Assert.Empty(await ImportAsync(await NewTenantAsync(), [Row(UserGroupObject.Descriptor, otherGroup, ("UserGroupName", "Theirs"))], []));
        UserInput Create(string username) => new(null, username, new Dictionary<string, string>
        {
            ["UserType"] = "Application",
            ["Username"] = username,
            ["UserRoleId"] = role.ToString(),
            ["Email"] = $"{username}@example.com",
            ["FirstName"] = "F",
            ["LastName"] = "L",
            ["Password"] = "pw",
        }, []);

        var created = await Store.SaveUsersAsync(new SaveUsersCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), true,
        [
            Create("ann") with
            {
                CustomFields = [new CustomFieldValueInput(field.ToString(), null, "EMEA")],
                VisibilityDefaults = [new VisibilityDefaultInput(group.ToString(), "Survey"), new VisibilityDefaultInput(group.ToString(), "Event")],
            },
            Create("bob") with { CustomFields = [new CustomFieldValueInput(contactField.ToString(), null, "Vegan")] },
            Create("cy") with { VisibilityDefaults = [new VisibilityDefaultInput(otherGroup.ToString(), "Event")] },
        ]), Ct);

        Assert.Equal([null, CventErrors.InvalidUserCustomFieldId.Code, CventErrors.InvalidVisibilityDefault.Code], created.Select(r => r.Error?.Code));
        var ann = CventId.Parse(created[0].Id!);
        var updated = await Store.SaveUsersAsync(new SaveUsersCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), false,
        [
            new UserInput(ann.ToString(), "u1", new Dictionary<string, string>(), []) { CustomFields = [new CustomFieldValueInput(null, "region", "APAC")] },
            new UserInput(ann.ToString(), "u2", new Dictionary<string, string>(), []) { VisibilityDefaults = [new VisibilityDefaultInput(group.ToString(), "Campaign")] },
        ]), Ct);

        Assert.Equal([null, CventErrors.DuplicateUserKey.Code], updated.Select(r => r.Error?.Code));
        var details = Assert.Single(await RetrieveAsync(tenant, UserObject.Descriptor, ann)).Details;
        Assert.Equal(["CustomFieldDetail", "VisibilityDefaults", "VisibilityDefaults"], details.Select(d => d.Descriptor.Element));
        Assert.Equal(("Region", "APAC", field.ToString()), (Detail(details[0], "FieldName"), Detail(details[0], "FieldValue"), Detail(details[0], "FieldId")));
        Assert.Equal([("East", "Survey"), ("East", "Event")], details.Skip(1).Select(d => (Detail(d, "UserGroupName"), Detail(d, "VisibilityType"))));
    }
}
