namespace Breakout.Domain.Objects;

/// <summary>
/// The CvObject types Breakout serves, keyed by type; the one source for Retrieve, Search, GetUpdated and DescribeCvObject.
/// Each type's summary names the source of its searchable flags: Cvent's object pages on developers.cvent.com, the
/// current edition of the object tables of the "Cvent Web Services API … Version V200611" guide (its June 2012 and
/// January 2015 public copies were readable only as tables of contents, so the newest edition decides).
/// </summary>
public static class CvObjectCatalogue
{
    public static readonly IReadOnlyList<CvObjectDescriptor> All =
    [
        ContactObject.Descriptor, EventObject.Descriptor, InviteeObject.Descriptor, RegistrationObject.Descriptor, GuestObject.Descriptor,
        SessionObject.Descriptor,

        // #17 part A
        SpeakerObject.Descriptor, TransactionObject.Descriptor, UserObject.Descriptor, UserGroupObject.Descriptor, UserRoleObject.Descriptor,
        EventDetailObject.Descriptor, EventQuestionObject.Descriptor, EntityCustomFieldObject.Descriptor, TravelObject.Descriptor,
        TableAssignmentObject.Descriptor,

        // #17 part B
        SurveyObject.Descriptor, SurveyQuestionObject.Descriptor, RespondentObject.Descriptor, ResponseObject.Descriptor,
        SurveyEmailHistoryObject.Descriptor, EventEmailHistoryObject.Descriptor, ContactGroupObject.Descriptor, DistributionListObject.Descriptor,
        AppointmentObject.Descriptor, AppointmentAttendeeObject.Descriptor,
    ];

    private static readonly Dictionary<CvObjectType, CvObjectDescriptor> ByType = All.ToDictionary(d => d.Type);

    /// <summary>The descriptor of a served type, or null for the types Breakout does not serve.</summary>
    public static CvObjectDescriptor? Find(CvObjectType type) => ByType.GetValueOrDefault(type);
}
