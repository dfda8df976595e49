using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The EventDetail type: the attributes of <c>s1:EventDetail</c> in WSDL order, an event's planning summary. Its ID is
/// the event's: Retrieve takes event IDs, and the counts are counted from the event's invitees when read
/// (<c>TotalInvitedCount</c> every invitee, <c>RegisteredAttendeeCount</c> the Accepted, <c>ParticipantCount</c> those
/// checked in, <c>DeclineeCount</c> the Declined, <c>CancelledCount</c> the Cancelled). Cvent's SOAP-to-REST mapping
/// of the object (https://developers.cvent.com/docs/rest-api/migration-guide/object-mappings/event-detail) marks no
/// field searchable, so Search takes no filter on it (CV20010) and the type reports Searchable false; GetUpdated
/// windows on the event's own LastModifiedDate. Meeting-request fields and the planning history are empty: Breakout
/// keeps neither.
/// </summary>
public static class EventDetailObject
{
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
    };
}
