using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The EventEmailHistory type: one e-mail sent to an invitee of an event, the attributes of
/// <c>s1:EventEmailHistory</c> in WSDL order, read-only. <c>EventId</c>, <c>InviteeId</c> and <c>ContactId</c> are the
/// event, invitee and the invitee's contact. Cvent's EventEmailHistory object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/event_objects/event_email_history; its
/// SOAP-to-REST mapping page agrees) marks no field searchable, so Search takes no filter on it (an unfiltered Search
/// lists every ID), and marks <c>LastModifiedDate</c> as GetUpdated's field. The page's six-month retention is Cvent's
/// storage policy, not the API's; Breakout keeps what was imported.
/// </summary>
public static class EventEmailHistoryObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.EventEmailHistory,
        "LastModifiedDate",
        [
            new("EventId", T.Id, ReadOnly: true),
            new("InviteeId", T.Id, ReadOnly: true),
            new("ContactId", T.Id, ReadOnly: true),
            .. EmailHistoryFields.After(searchableModified: false),
        ]);
}
