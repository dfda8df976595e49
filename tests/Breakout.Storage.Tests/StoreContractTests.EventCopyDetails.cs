using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>CopyEvent and EventDetail's details (issue #17): a copy carries the FAQs, staff, roles and fees, never the planning history or process forms.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CopyEvent_CarriesTheFaqsStaffRolesAndFees_WithNewFeeIds_AndLeavesThePlanningHistoryAndProcessForms()
    {
        var tenant = await NewTenantAsync();
        var conference = tenant.Catalog.Event.Id;
        var (fee, assignee, other) = (CventId.New(), CventId.New(), CventId.New());
        Assert.Empty(await ImportAsync(tenant, [],
            [Detail(EventDetailObject.Descriptor, EventDetailObject.Fees, conference, ("FeeID", fee), ("FeeName", "Workshop"), ("FeeAmount", 75.25d),
                ("ProductID", tenant.Catalog.Small.Id), ("ProductName", "Small"), ("Active", true), ("GLCode", "4100")),
             Detail(EventDetailObject.Descriptor, EventDetailObject.Fees, conference, ("FeeID", CventId.New()), ("FeeName", "Dinner"), ("ProductID", other)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.FAQDetail, conference, ("Question", "Parking?"), ("Answer", "Yes"), ("Sequence", 1L), ("Active", true)),
             Detail(EventDetailObject.Descriptor, EventDetailObject.StaffDetail, conference, ("StaffEmailAddress", "desk@example.com"), ("StaffRole", "Help desk"),
                ("DisplayOnWebsite", true), ("StaffCity", "Leeds")),
             Detail(EventDetailObject.Descriptor, EventDetailObject.EventRoleDetail, conference, ("AssigneeID", assignee), ("AssignedRole", "Manager")),
             Detail(EventDetailObject.Descriptor, EventDetailObject.PlanningStatusHistory, conference, ("NewStatus", "Active"), ("ActionDate", Fixture.Clock.GetUtcNow())),
             Detail(EventDetailObject.Descriptor, EventDetailObject.ProcessFormDetail, conference, ("ID", CventId.New()), ("Name", "Approval"))]));

        var result = Assert.Single(await Store.CopyEventAsync(EventCommand(tenant, conference.ToString(), Parameters(new Dictionary<string, string>(), "copy")), Ct));

        Assert.True(result.Success, result.Error?.Code);
        var details = Assert.Single(await RetrieveAsync(tenant, EventDetailObject.Descriptor, CventId.Parse(result.Id!))).Details;
        Assert.Equal(["EventRoleDetail", "FAQDetail", "StaffDetail", "Fees", "Fees"], details.Select(d => d.Descriptor.Element));
        Assert.Equal((assignee.ToString(), "Manager"), (Detail(details[0], "AssigneeID"), Detail(details[0], "AssignedRole")));
        Assert.Equal(("Parking?", "Yes", 1L, true), (Detail(details[1], "Question"), Detail(details[1], "Answer"), Detail(details[1], "Sequence"), Detail(details[1], "Active")));
        Assert.Equal(("desk@example.com", "Help desk", true, "Leeds"),
            (Detail(details[2], "StaffEmailAddress"), Detail(details[2], "StaffRole"), Detail(details[2], "DisplayOnWebsite"), Detail(details[2], "StaffCity")));
        Assert.Equal(("Workshop", 75.25d, true, "4100", "Small"),
            (Detail(details[3], "FeeName"), Detail(details[3], "FeeAmount"), Detail(details[3], "Active"), Detail(details[3], "GLCode"), Detail(details[3], "ProductName")));
        Assert.NotEqual(fee.ToString(), Detail(details[3], "FeeID"));
        Assert.True(CventId.TryParse(Detail(details[3], "FeeID") as string, out _));
        // The workshop's session is the copy's own session of that name; a product the event does not hold stays as it was.
        var copiedSmall = await CountAsync($"SELECT COUNT(*) FROM sessions WHERE event_pk = (SELECT pk FROM events WHERE id = '{result.Id}') AND name = 'Small' " +
            $"AND id = '{Detail(details[3], "ProductID")}'");
        Assert.Equal(1, copiedSmall);
        Assert.Equal(("Dinner", other.ToString()), (Detail(details[4], "FeeName"), Detail(details[4], "ProductID")));
        var original = Assert.Single(await RetrieveAsync(tenant, EventDetailObject.Descriptor, conference)).Details;
        Assert.Equal(7, original.Count);
    }
}
