using K = Breakout.Domain.Events.EventParameterKind;

namespace Breakout.Domain.Events;

/// <summary>
/// The attributes of <c>s1:EventParameters</c> in WSDL order (CreateNoRegEvent, UpdateEventParameters, CopyEvent), each
/// with the <c>Event</c> field it is read back as (Cvent's SOAP-to-REST mapping pages pair the two objects' fields the
/// same way). Lengths are those of the Event object's fields.
/// </summary>
public static class EventParameterFields
{
    public const string Title = "Title";
    public const string Capacity = "Capacity";
    public const string TimeZoneCode = "TimeZoneCode";
    public const string StartDate = "StartDate";
    public const string EndDate = "EndDate";
    public const string RsvpByDate = "RSVPByDate";
    public const string StateCode = "StateCode";
    public const string CountryCode = "CountryCode";
    public const string Language = "Language";
    public const string Category = "Category";
    public const string PlannerFirstName = "PlannerFirstName";
    public const string PlannerLastName = "PlannerLastName";

    /// <summary><c>s1:EventLanguage</c>.</summary>
    public static readonly IReadOnlyList<string> Languages = ["English", "French", "German", "Italian", "Japanese", "Portuguese", "Spanish", "Chinese"];

    /// <summary><c>s1:EventCategory</c>.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "Conference", "Meeting", "Seminar", "Training Session", "Trade Show", "Dinner", "Political Event", "Forum", "Fundraiser/Benefit",
        "Save the Date", "Celebration", "Holiday", "Reunion", "Sports Event", "Other/General", "Incentive Trip", "Webinar",
    ];

    public static readonly IReadOnlyList<EventParameterField> All =
    [
        new(Title, K.Text, "EventTitle", 200),
        new("Description", K.Text, "EventDescription", 2000),
        new(Capacity, K.Integer, "Capacity"),
        new("EventAttendanceFormat", K.Text, "EventAttendanceFormat", 50),
        new("LocationName", K.Text, "Location", 100),
        new("Address1", K.Text, "StreetAddress1", 100),
        new("Address2", K.Text, "StreetAddress2", 100),
        new("Address3", K.Text, "StreetAddress3", 100),
        new("City", K.Text, "City", 50),
        new(StateCode, K.Text, "StateCode", 10),
        new("PostalCode", K.Text, "PostalCode", 20),
        new(CountryCode, K.Text, "CountryCode", 10),
        new("Phone", K.Text, "PhoneNumber", 30),
        new(TimeZoneCode, K.Text, "Timezone", 100),
        new(StartDate, K.Date, "EventStartDate"),
        new(EndDate, K.Date, "EventEndDate"),
        new(PlannerFirstName, K.Text, "PlannerFirstName", 30),
        new(PlannerLastName, K.Text, "PlannerLastName", 50),
        new("PlannerEmailAddress", K.Text, "PlannerEmailAddress", 80),
        new(RsvpByDate, K.Date, "RSVPbyDate"),
        new(Language, K.Text, "", 20),
        new(Category, K.Text, "Category", 100),
        new("InternalNote", K.Text, "InternalNote", 2000),
        new("PublishDate", K.Date, "EventLaunchDate"),
        new("ArchiveDate", K.Date, "ArchiveDate"),
        new("PlannerPrefix", K.Text, "PlannerPrefix", 30),
        new("PlannerCompany", K.Text, "PlannerCompany", 100),
        new("PlannerTitle", K.Text, "PlannerTitle", 100),
        new("StakeholderFirstName", K.Text, "StakeholderFirstName", 30),
        new("StakeholderLastName", K.Text, "StakeholderLastName", 50),
        new("StakeholderEmailAddress", K.Text, "StakeholderEmailAddress", 80),
        new("StakeholderTitle", K.Text, "StakeholderTitle", 100),
        new("StakeholderCompany", K.Text, "StakeholderCompany", 100),
        new("StakeholderWorkPhone", K.Text, "StakeholderWorkPhone", 30),
        new("StakeholderHomePhone", K.Text, "StakeholderHomePhone", 30),
        new("StakeholderWorkFax", K.Text, "StakeholderWorkFax", 30),
        new("StakeholderMobilePhone", K.Text, "StakeholderMobilePhone", 30),
        new("StakeholderAddress1", K.Text, "StakeholderAddress1", 100),
        new("StakeholderAddress2", K.Text, "StakeholderAddress2", 100),
        new("StakeholderAddress3", K.Text, "StakeholderAddress3", 100),
        new("StakeholderCity", K.Text, "StakeholderCity", 50),
        new("StakeholderStateCode", K.Text, "StakeholderStateCode", 10),
        new("StakeholderPostalCode", K.Text, "StakeholderPostalCode", 20),
        new("StakeholderCountryCode", K.Text, "StakeholderCountryCode", 10),
    ];

    public static EventParameterField? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
