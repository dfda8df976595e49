using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The AppointmentAttendee type: one person on an appointment (<c>AppointmentID</c>), the attributes of
/// <c>s1:AppointmentAttendee</c> in WSDL order, read-only. <c>EntityType</c> says what the attendee is (Breakout writes
/// <c>Invitee</c> or <c>Contact</c>). No published AppointmentAttendee table could be consulted, so Breakout makes
/// searchable <c>AppointmentID</c> and <c>LastModifiedDate</c>, GetUpdated's field.
/// </summary>
public static class AppointmentAttendeeObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.AppointmentAttendee,
        "LastModifiedDate",
        [
            new("EntityType", T.String, 50, ReadOnly: true),
            new("AppointmentID", T.Id, Searchable: true, ReadOnly: true),
            new("IsOrganizer", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("AppointmentAttendeeStatus", T.String, 50, ReadOnly: true),
            new("AppointmentAttendeeNote", T.String, 2000, ReadOnly: true),
            new("CreatedDate", T.DateTime, ReadOnly: true),
            new("CreatedBy", T.String, 50, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedBy", T.String, 50, ReadOnly: true),
        ]);
}
