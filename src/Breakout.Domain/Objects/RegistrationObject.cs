using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Registration type: the attributes of <c>s1:Registration</c> in WSDL order, read-only. Searchable: the fields
/// Cvent's Registration object page marks so
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/event_objects/registration); its
/// "CanceledDate" is the WSDL's <c>CancelledDate</c>, and Search takes either spelling. A registration is an invitee that has
/// responded with Accepted, Waitlisted or Cancelled; its <c>Id</c> and <c>InviteeId</c> are the invitee's ID.
/// <c>GuestDetail</c> lists its guests; <c>OrderDetail</c> one row per session the invitee or a guest registered for,
/// is waitlisted for, or gave up.
/// </summary>
public static class RegistrationObject
{
    /// <summary>The <c>OrderDetail/@Action</c> values Breakout writes (Cvent does not document them).</summary>
    public static readonly IReadOnlyList<string> OrderActions = ["Registered", "Waitlisted", "Cancelled"];

    /// <summary>The fields a Registration has in common with its Invitee, described once.</summary>
    private static CvField Shared(string name) => InviteeObject.Descriptor.Field(name)!;

    /// <summary><c>s1:GuestDetail</c>: one row per guest of the invitee.</summary>
    public static readonly CvDetailDescriptor GuestDetail = new("GuestDetail",
    [
        new("GuestId", T.Id),
        new("FirstName", T.String, 30),
        new("MiddleName", T.String, 30),
        new("LastName", T.String, 50),
        new("Company", T.String, 100),
        new("Title", T.String, 100),
        new("Phone", T.String, 30),
        new("EmailAddress", T.String, 80),
        new("Address1", T.String, 100),
        new("Address2", T.String, 100),
        new("Address3", T.String, 100),
        new("City", T.String, 50),
        new("State", T.String, 50),
        new("PostalCode", T.String, 20),
        new("Country", T.String, 50),
        new("RegistrationType", T.String, 100),
        new("RegistrationTypeCode", T.String, 50),
        new("Participant", T.Boolean),
        new("CountryCode", T.String, 10),
        new("StateCode", T.String, 10),
        new("ConfirmationNumber", T.String, 30),
    ]);

    /// <summary><c>s1:OrderDetail</c>: one row per session registration of the invitee or a guest.</summary>
    public static readonly CvDetailDescriptor OrderDetail = new("OrderDetail",
    [
        new("OrderDetailItemId", T.String, 36),
        new("OrderDetailId", T.String, 36),
        new("FirstName", T.String, 30),
        new("LastName", T.String, 50),
        new("ProductId", T.Id),
        new("ProductName", T.String, 200),
        new("ProductCode", T.String, 50),
        new("Quantity", T.Integer),
        new("ProductType", T.String, 20),
        new("ProductDescription", T.String, 2000),
        new("StartTime", T.DateTime),
        new("EndTime", T.DateTime),
        new("Action", T.String, 30, LookUps: OrderActions),
        new("ActionDate", T.DateTime),
        new("Amount", T.Double),
        new("AmountPaid", T.Double),
        new("AmountDue", T.Double),
        new("OrderNumber", T.String, 50),
        new("Participant", T.Boolean),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Registration,
        "LastModifiedDate",
        [
            Shared("TargetedListId"),
            Shared("TargetedListName"),
            new("InviteeId", T.Id, Searchable: true, ReadOnly: true),
            Shared("ContactId"),
            Shared("SourceId"),
            Shared("FirstName"),
            Shared("LastName"),
            Shared("Company"),
            Shared("Title"),
            Shared("EmailAddress"),
            Shared("CCEmailAddress"),
            Shared("WorkPhone"),
            Shared("EventId"),
            Shared("EventCode"),
            Shared("EventTitle"),
            Shared("EventStartDate"),
            new("Status", T.String, 30, ReadOnly: true, LookUps: InviteeObject.Statuses),
            new("GroupId", T.Id, Searchable: true, ReadOnly: true),
            new("GroupLeader", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
            Shared("InternalNote"),
            new("InvitedBy", T.String, 100, ReadOnly: true),
            new("RegistrationDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("CancelledDate", T.DateTime, Searchable: true, ReadOnly: true),
            Shared("OriginalResponseDate"),
            Shared("LastModifiedDate"),
            new("ModifiedBy", T.String, 50, ReadOnly: true),
            new("ResponseMethod", T.String, 50, ReadOnly: true),
            Shared("ConfirmationNumber"),
            new("RegistrationType", T.String, 100, Searchable: true, ReadOnly: true),
            new("RegistrationTypeCode", T.String, 50, ReadOnly: true),
            new("Participant", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("Credit", T.Double, ReadOnly: true),
            Shared("ReferenceId"),
            new("IsTestRegistrant", T.Boolean, ReadOnly: true, DefaultValue: "false"),
        ]) with
    {
        Details = [GuestDetail, OrderDetail],
        SearchAliases = new Dictionary<string, string> { ["CanceledDate"] = "CancelledDate" },
    };
}
