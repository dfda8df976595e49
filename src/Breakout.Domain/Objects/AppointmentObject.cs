using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Appointment type: a meeting scheduled within an event (<c>EventId</c>), the attributes of
/// <c>s1:Appointment</c> in WSDL order, read-only. Neither the V200611 guide's editions nor developers.cvent.com
/// publish an Appointment table that could be consulted, so Breakout makes searchable what links an appointment to its
/// event and <c>LastModifiedDate</c>, which GetUpdated windows on as for every type whose WSDL has that field.
/// </summary>
public static class AppointmentObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Appointment,
        "LastModifiedDate",
        [
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("AppointmentTitle", T.String, 200, ReadOnly: true),
            new("AppointmentDescription", T.String, 2000, ReadOnly: true),
            new("AppointmentStatus", T.String, 50, ReadOnly: true),
            new("AppointmentType", T.String, 50, ReadOnly: true),
            new("AppointmentLocation", T.String, 200, ReadOnly: true),
            new("StartDate", T.DateTime, ReadOnly: true),
            new("EndDate", T.DateTime, ReadOnly: true),
            new("CreatedDate", T.DateTime, ReadOnly: true),
            new("CreatedBy", T.String, 50, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedBy", T.String, 50, ReadOnly: true),
        ]);
}
