namespace Breakout.Domain.Objects;

/// <summary>
/// The <c>CvObjectType</c> enumeration of the V200611 WSDL, in WSDL order. Every value parses; only the types in
/// <see cref="CvObjectCatalogue"/> are served by Retrieve, Search, GetUpdated, GetDeleted and DescribeCvObject.
/// </summary>
public enum CvObjectType
{
    Contact,
    Event,
    Invitee,
    Registration,
    Respondent,
    Response,
    Survey,
    Transaction,
    Travel,
    ContactGroup,
    EventEmailHistory,
    Budget,
    BudgetItem,
    User,
    UserGroup,
    UserRole,
    MeetingRequestUser,
    MeetingRequest,
    RFP,
    Proposal,
    SupplierRFP,
    SupplierProposal,
    RateHistory,
    EventQuestion,
    SurveyEmailHistory,
    Supplier,
    EventDetail,
    Guest,
    Campaign,
    DistributionList,
    EMarketingEmailHistory,
    Approver,
    SurveyQuestion,
    Appointment,
    AppointmentAttendee,
    Speaker,
    TableAssignment,
    ConversionRate,
    EventCards,
    Session,
    EntityCustomField,
    AdvancedLogic,
}

/// <summary>Parsing of <see cref="CvObjectType"/> wire values.</summary>
public static class CvObjectTypes
{
    /// <summary>
    /// Parses a wire value exactly (case-sensitive, as xsd enumerations are); numbers and unknown names are refused,
    /// unlike <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/>.
    /// </summary>
    public static bool TryParse(string? value, out CvObjectType type)
    {
        type = default;
        return value is { Length: > 0 } && char.IsAsciiLetterUpper(value[0])
            && Enum.TryParse(value, ignoreCase: false, out type) && type.ToString() == value;
    }
}
