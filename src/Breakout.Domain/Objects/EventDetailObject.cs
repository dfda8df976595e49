using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The EventDetail type: the attributes of <c>s1:EventDetail</c> in WSDL order, an event's planning summary. Its ID is
/// the event's: Retrieve takes event IDs, and the counts are counted from the event's invitees when read
/// (<c>TotalInvitedCount</c> every invitee, <c>RegisteredAttendeeCount</c> the Accepted, <c>ParticipantCount</c> those
/// checked in, <c>DeclineeCount</c> the Declined, <c>CancelledCount</c> the Cancelled). Cvent's SOAP-to-REST mapping
/// of the object (https://developers.cvent.com/docs/rest-api/migration-guide/object-mappings/event-detail) marks no
/// field searchable, so Search takes no filter on it (CV20010) and the type reports Searchable false; GetUpdated
/// windows on the event's own LastModifiedDate. Meeting-request fields are empty: Breakout keeps none. The details
/// (planning status history, process forms, event roles, FAQs, staff and fees) are kept per event, with the attributes
/// of their WSDL types in order; they come in with the import, a fee with its general-ledger codes (<see cref="GLCodes"/>)
/// nested in it.
/// </summary>
public static class EventDetailObject
{
    /// <summary><c>s1:PlanningStatusHistory</c>: one change of the event's planning status, keyed by when and to what.</summary>
    public static readonly CvDetailDescriptor PlanningStatusHistory = new("PlanningStatusHistory",
    [
        new("OldStatus", T.String, 50, ReadOnly: true),
        new("NewStatus", T.String, 50, Required: true, ReadOnly: true),
        new("ActionDate", T.DateTime, Required: true, ReadOnly: true),
        new("ModifiedBy", T.String, 100, ReadOnly: true),
        new("Comments", T.String, 2000, ReadOnly: true),
    ]);

    /// <summary><c>s1:ProcessFormDetail</c>: a process form of the event, keyed by its <c>ID</c>.</summary>
    public static readonly CvDetailDescriptor ProcessFormDetail = new("ProcessFormDetail",
    [
        new("ID", T.Id, Required: true, ReadOnly: true),
        new("Name", T.String, 200, ReadOnly: true),
        new("Status", T.String, 50, ReadOnly: true),
        new("SubmittedBy", T.String, 100, ReadOnly: true),
        new("SubmittedDate", T.DateTime, ReadOnly: true),
        new("LastModifiedBy", T.String, 100, ReadOnly: true),
        new("LastModifiedDate", T.DateTime, ReadOnly: true),
    ]);

    /// <summary><c>s1:EventRoleDetail</c>: a planner user given a role on the event, keyed by assignee and role.</summary>
    public static readonly CvDetailDescriptor EventRoleDetail = new("EventRoleDetail",
    [
        new("AssigneeID", T.Id, Required: true, ReadOnly: true),
        new("AssigneeFirstName", T.String, 30, ReadOnly: true),
        new("AssigneeLastName", T.String, 50, ReadOnly: true),
        new("AssigneeEmailAddress", T.String, 80, ReadOnly: true),
        new("AssignedRole", T.String, 100, Required: true, ReadOnly: true),
        new("AssignedBy", T.String, 100, ReadOnly: true),
        new("AssignedDate", T.DateTime, ReadOnly: true),
        new("EmailComments", T.String, 2000, ReadOnly: true),
    ]);

    /// <summary><c>s1:FAQDetail</c>: a question and answer of the event's website, keyed by the question.</summary>
    public static readonly CvDetailDescriptor FAQDetail = new("FAQDetail",
    [
        new("Question", T.String, 2000, Required: true, ReadOnly: true),
        new("Answer", T.String, 4000, ReadOnly: true),
        new("Sequence", T.Integer, ReadOnly: true),
        new("Language", T.String, 50, ReadOnly: true),
        new("Active", T.Boolean, ReadOnly: true),
    ]);

    /// <summary><c>s1:StaffDetail</c>: a member of the event's staff, keyed by e-mail address.</summary>
    public static readonly CvDetailDescriptor StaffDetail = new("StaffDetail",
    [
        new("StaffFirstName", T.String, 30, ReadOnly: true),
        new("StaffLastName", T.String, 50, ReadOnly: true),
        new("StaffRole", T.String, 100, ReadOnly: true),
        new("StaffEmailAddress", T.String, 80, Required: true, ReadOnly: true),
        new("DisplayOnWebsite", T.Boolean, ReadOnly: true),
        new("StaffAddress1", T.String, 100, ReadOnly: true),
        new("StaffAddress2", T.String, 100, ReadOnly: true),
        new("StaffAddress3", T.String, 100, ReadOnly: true),
        new("StaffCity", T.String, 50, ReadOnly: true),
        new("StaffState", T.String, 50, ReadOnly: true),
        new("StaffStateCode", T.String, 10, ReadOnly: true),
        new("StaffPostalCode", T.String, 20, ReadOnly: true),
        new("StaffCountry", T.String, 50, ReadOnly: true),
        new("StaffCountryCode", T.String, 10, ReadOnly: true),
    ]);

    /// <summary>
    /// <c>s1:GLCodes</c> inside a <c>Fees</c>: a general-ledger code the fee is booked to, with the percentage of it
    /// allocated there. One row per <c>GLID</c>, which the import requires.
    /// </summary>
    public static readonly CvDetailDescriptor GLCodes = new("GLCodes",
    [
        new("GLID", T.String, 50, ReadOnly: true),
        new("GLName", T.String, 100, ReadOnly: true),
        new("GLCode", T.String, 50, ReadOnly: true),
        new("GLDescription", T.String, 200, ReadOnly: true),
        new("GLCodeAllocationPercent", T.Integer, ReadOnly: true),
    ]);

    /// <summary><c>s1:Fees</c>: a fee of the event (<c>FeeAmount</c> a double, as the WSDL types it), keyed by <c>FeeID</c>.</summary>
    public static readonly CvDetailDescriptor Fees = new("Fees",
    [
        new("FeeID", T.Id, Required: true, ReadOnly: true),
        new("FeeName", T.String, 200, ReadOnly: true),
        new("FeeAmount", T.Double, ReadOnly: true),
        new("ProductID", T.Id, ReadOnly: true),
        new("ProductName", T.String, 200, ReadOnly: true),
        new("Active", T.Boolean, ReadOnly: true),
        new("CreatedDate", T.DateTime, ReadOnly: true),
        new("LastModifiedDate", T.DateTime, ReadOnly: true),
        new("GLName", T.String, 100, ReadOnly: true),
        new("GLDescription", T.String, 200, ReadOnly: true),
        new("GLCode", T.String, 50, ReadOnly: true),
        new("GLID", T.String, 50, ReadOnly: true),
    ])
    {
        Nested = [GLCodes],
    };

    /// <summary>An imported general-ledger code of a fee (<c>eventdetail.fees.glcodes</c>): the fee's <c>FeeID</c>, then the code.</summary>
    public static readonly CvDetailDescriptor GLCodesImport = Fees.NestedImport(GLCodes, "GLID");

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.EventDetail,
        null,
        [
            new("EventCode", T.String, 50, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EventDescription", T.String, 2000, ReadOnly: true),
            new("EventStatus", T.String, 30, ReadOnly: true, LookUps: EventObject.EventStatuses),
            new("EventSummaryHeader", T.String, 200, ReadOnly: true),
            new("PlanningStatus", T.String, 50, ReadOnly: true),
            new("TotalInvitedCount", T.Integer, ReadOnly: true),
            new("RegisteredAttendeeCount", T.Integer, ReadOnly: true),
            new("ParticipantCount", T.Integer, ReadOnly: true),
            new("DeclineeCount", T.Integer, ReadOnly: true),
            new("CancelledCount", T.Integer, ReadOnly: true),
            new("RequestID", T.Id, ReadOnly: true),
            new("RequestName", T.String, 200, ReadOnly: true),
            new("RequestStatus", T.String, 50, ReadOnly: true),
            new("RequestCode", T.String, 50, ReadOnly: true),
            new("RequesterFirstName", T.String, 30, ReadOnly: true),
            new("RequesterLastName", T.String, 50, ReadOnly: true),
            new("RequesterID", T.Id, ReadOnly: true),
            new("RequestSubmittedDate", T.DateTime, ReadOnly: true),
        ]) with
    {
        Searchable = false,
        Details = [PlanningStatusHistory, ProcessFormDetail, EventRoleDetail, FAQDetail, StaffDetail, Fees],
        ImportDetails = [GLCodesImport],
    };
}
