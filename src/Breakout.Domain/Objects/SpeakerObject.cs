using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Speaker type: the attributes of <c>s1:Speaker</c> in WSDL order. A speaker belongs to one event
/// (<c>EventId</c>) and is assigned to sessions of it (<c>AssignedSessions</c>). V200611 has no call that creates or
/// changes a speaker, so every field is read-only and speakers come in through the catalogue import. Cvent's object
/// table for Speaker was found in none of the public copies of the guide consulted (2008, June 2012, January 2015)
/// nor on developers.cvent.com's SOAP object pages; Breakout's decision: <c>EventId</c>, <c>SpeakerCode</c> and
/// <c>LastModifiedDate</c> (GetUpdated's field) are searchable, the fields a sync by event needs.
/// </summary>
public static class SpeakerObject
{
    /// <summary><c>s1:AssignedSessions</c>: one row per session the speaker is assigned to.</summary>
    public static readonly CvDetailDescriptor AssignedSessions = new("AssignedSessions",
    [
        new("SessionId", T.Id, ReadOnly: true),
        new("SessionName", T.String, 200, ReadOnly: true),
        new("SessionStartDate", T.DateTime, ReadOnly: true),
        new("SessionEndDate", T.DateTime, ReadOnly: true),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Speaker,
        "LastModifiedDate",
        [
            new("SpeakerId", T.Id, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("EmailAddress", T.String, 80, ReadOnly: true),
            new("Prefix", T.String, 30, ReadOnly: true),
            new("Designation", T.String, 100, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("SpeakerCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EventCode", T.String, 50, ReadOnly: true),
            new("FacebookURL", T.String, 255, ReadOnly: true),
            new("LinkedInURL", T.String, 255, ReadOnly: true),
            new("TwitterURL", T.String, 255, ReadOnly: true),
            new("CategoryId", T.Id, ReadOnly: true),
            new("Category", T.String, 100, ReadOnly: true),
            new("DisplayOnWebsite", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("ProfileImageURL", T.String, 255, ReadOnly: true),
            new("Biography", T.String, 4000, ReadOnly: true),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("CreatedDate", T.DateTime, ReadOnly: true),
            new("CreatedBy", T.String, 100, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedBy", T.String, 100, ReadOnly: true),
        ]) with
    {
        Details = [AssignedSessions],
    };
}
