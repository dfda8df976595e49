using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Travel type: the attributes of <c>s1:Travel</c> in WSDL order, an invitee's travel record for an event (the
/// invitee, <c>InviteeId</c> in the import, gives the contact and event fields). Flags from the Travel table of the
/// "Cvent Web Services API" guide, Version V200611 (June 2008 edition, §3.10): all fields read-only; ContactId,
/// EventId and RegistrationType searchable. The type has no modification-date attribute, so GetUpdated windows on the
/// time Breakout last imported the record. The hotel, car and air requests are not kept: those details are empty.
/// </summary>
public static class TravelObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Travel,
        null,
        [
            new("ContactId", T.Id, Searchable: true, ReadOnly: true),
            new("SourceId", T.String, 100, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("EmailAddress", T.String, 80, ReadOnly: true),
            new("CCEmailAddress", T.String, 80, ReadOnly: true),
            new("WorkPhone", T.String, 30, ReadOnly: true),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EventStartDate", T.DateTime, ReadOnly: true),
            new("Status", T.String, 50, ReadOnly: true),
            new("RegistrationType", T.String, 100, Searchable: true, ReadOnly: true),
        ]) with
    {
        ImportFields = [new("InviteeId", T.Id, Required: true)],
    };
}
