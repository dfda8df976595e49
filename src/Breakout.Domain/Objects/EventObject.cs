using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Event type: the 70 attributes of <c>s1:Event</c> in WSDL order, read-only (events are written through
/// CreateNoRegEvent, UpdateEventParameters and CopyEvent, whose <c>EventParameters</c> attributes are read back as the
/// fields <see cref="Events.EventParameterFields"/> pairs them with). <c>ProductDetail</c> lists the event's sessions,
/// <c>CustomFieldDetail</c> the custom field values those calls stored.
/// Searchable: the fields Cvent's Event object page marks so
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/event_objects/event, the current edition of
/// the "Cvent Web Services API" guide's Event table; its SOAP-to-REST mapping page agrees): code, title, the three
/// dates, <c>EventStatus</c>, <c>PlanningStatus</c>, <c>Hidden</c>, <c>Location</c>, <c>StateCode</c> and
/// <c>LastModifiedDate</c>. City, country, category and planner fields are not searchable there, so not here; the rows
/// after <c>StakeholderEmailAddress</c> were not readable in the copy consulted and stay non-searchable.
/// </summary>
public static class EventObject
{
    public static readonly IReadOnlyList<string> EventStatuses = Enum.GetNames<EventStatus>();

    /// <summary><c>s1:ProductDetail</c>: one row per session of the event.</summary>
    public static readonly CvDetailDescriptor ProductDetail = new("ProductDetail",
    [
        new("ProductId", T.Id),
        new("ProductName", T.String, 200),
        new("ProductCode", T.String, 50),
        new("ProductType", T.String, 20),
        new("ProductDescription", T.String, 2000),
        new("SessionCategoryName", T.String, 100),
        new("SessionCategoryId", T.String, 36),
        new("IsIncluded", T.Boolean),
        new("StartTime", T.DateTime),
        new("EndTime", T.DateTime),
        new("Status", T.String, 30),
        new("Capacity", T.Integer),
    ]);

    /// <summary><c>s1:CustomFieldDetail</c>: one row per custom field value of the event.</summary>
    public static readonly CvDetailDescriptor CustomFieldDetail = new("CustomFieldDetail",
    [
        new("FieldName", T.String, 100),
        new("FieldType", T.String, 50),
        new("FieldValue", T.String, 2000),
        new("FieldId", T.Id),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Event,
        "LastModifiedDate",
        [
            new("EventTitle", T.String, 200, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("EventStartDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("EventEndDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("EventLaunchDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("Timezone", T.String, 100, ReadOnly: true),
            new("EventDescription", T.String, 2000, ReadOnly: true),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("EventStatus", T.String, 30, Searchable: true, ReadOnly: true, LookUps: EventStatuses),
            new("Capacity", T.Integer, ReadOnly: true),
            new("EventAttendanceFormat", T.String, 50, ReadOnly: true),
            new("Category", T.String, 100, ReadOnly: true),
            new("MeetingRequestId", T.String, 36, ReadOnly: true),
            new("Currency", T.String, 50, ReadOnly: true),
            new("PlanningStatus", T.String, 50, Searchable: true, ReadOnly: true),
            new("Hidden", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
            new("Location", T.String, 100, Searchable: true, ReadOnly: true),
            new("StreetAddress1", T.String, 100, ReadOnly: true),
            new("StreetAddress2", T.String, 100, ReadOnly: true),
            new("StreetAddress3", T.String, 100, ReadOnly: true),
            new("City", T.String, 50, ReadOnly: true),
            new("State", T.String, 50, ReadOnly: true),
            new("StateCode", T.String, 10, Searchable: true, ReadOnly: true),
            new("PostalCode", T.String, 20, ReadOnly: true),
            new("Country", T.String, 50, ReadOnly: true),
            new("CountryCode", T.String, 10, ReadOnly: true),
            new("PhoneNumber", T.String, 30, ReadOnly: true),
            new("PlannerFirstName", T.String, 30, ReadOnly: true),
            new("PlannerLastName", T.String, 50, ReadOnly: true),
            new("PlannerEmailAddress", T.String, 80, ReadOnly: true),
            new("PlannerPrefix", T.String, 30, ReadOnly: true),
            new("PlannerCompany", T.String, 100, ReadOnly: true),
            new("PlannerTitle", T.String, 100, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("RSVPbyDate", T.DateTime, ReadOnly: true),
            new("ArchiveDate", T.DateTime, ReadOnly: true),
            new("ClosedBy", T.String, 50, ReadOnly: true),
            new("ExternalAuthentication", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("StakeholderFirstName", T.String, 30, ReadOnly: true),
            new("StakeholderLastName", T.String, 50, ReadOnly: true),
            new("StakeholderEmailAddress", T.String, 80, ReadOnly: true),
            new("StakeholderTitle", T.String, 100, ReadOnly: true),
            new("StakeholderCompany", T.String, 100, ReadOnly: true),
            new("StakeholderWorkPhone", T.String, 30, ReadOnly: true),
            new("StakeholderHomePhone", T.String, 30, ReadOnly: true),
            new("StakeholderWorkFax", T.String, 30, ReadOnly: true),
            new("StakeholderMobilePhone", T.String, 30, ReadOnly: true),
            new("StakeholderAddress1", T.String, 100, ReadOnly: true),
            new("StakeholderAddress2", T.String, 100, ReadOnly: true),
            new("StakeholderAddress3", T.String, 100, ReadOnly: true),
            new("StakeholderCity", T.String, 50, ReadOnly: true),
            new("StakeholderStateCode", T.String, 10, ReadOnly: true),
            new("StakeholderPostalCode", T.String, 20, ReadOnly: true),
            new("StakeholderCountryCode", T.String, 10, ReadOnly: true),
            new("MerchantAccount", T.String, 100, ReadOnly: true),
            new("MerchantAccountId", T.String, 36, ReadOnly: true),
            new("CreatedBy", T.String, 50, ReadOnly: true),
            new("EventCalendarLinkText", T.String, 100, ReadOnly: true),
            new("EventCalendarAlternateURL", T.String, 255, ReadOnly: true),
            new("EventCalendarCompletedURL", T.String, 255, ReadOnly: true),
        ]) with
    {
        Details = [ProductDetail, CustomFieldDetail],
    };
}
