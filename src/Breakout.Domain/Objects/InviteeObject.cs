using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Invitee type: the attributes of <c>s1:Invitee</c> in WSDL order. Cvent has no create or update call for it, so
/// every field is read-only. Searchable: the fields Cvent's Invitee object page marks so
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/event_objects/invitee). <c>Id</c> is the invitee ID
/// SessionRegAction takes. <c>LastModifiedDate</c> (GetUpdated's field) moves with the invitee's own changes and with
/// every session registration change of the invitee or its guests.
/// </summary>
public static class InviteeObject
{
    public static readonly IReadOnlyList<string> Statuses =
        [.. Enum.GetValues<InviteeStatus>().Select(s => s.ToWire())];

    /// <summary>
    /// <c>s1:InternalInfoDetail</c>: one row per internal information question the invitee has an answer to
    /// (UpdateInviteeInternalInfo), the question's text and the answer as an <c>AnswerText</c> element.
    /// </summary>
    public static readonly CvDetailDescriptor InternalInfoDetail = new("InternalInfoDetail",
    [
        new("QuestionText", T.String, 2000),
        new("AnswerText", T.String, 2000, Element: true),
    ]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Invitee,
        "LastModifiedDate",
        [
            new("TargetedListId", T.Id, ReadOnly: true),
            new("TargetedListName", T.String, 100, ReadOnly: true),
            new("ContactId", T.Id, Searchable: true, ReadOnly: true),
            new("SourceId", T.String, 100, Searchable: true, ReadOnly: true),
            new("FirstName", T.String, 30, Searchable: true, ReadOnly: true),
            new("LastName", T.String, 50, Searchable: true, ReadOnly: true),
            new("Company", T.String, 100, Searchable: true, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("EmailAddress", T.String, 80, Searchable: true, ReadOnly: true),
            new("CCEmailAddress", T.String, 80, ReadOnly: true),
            new("WorkPhone", T.String, 30, ReadOnly: true),
            new("Participant", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("EventStartDate", T.DateTime, ReadOnly: true),
            new("Status", T.String, 30, Searchable: true, ReadOnly: true, LookUps: Statuses),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("ConfirmationNumber", T.String, 30, Searchable: true, ReadOnly: true),
            new("ReferenceId", T.String, 100, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("OriginalResponseDate", T.DateTime, ReadOnly: true),
            new("VoucherCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("IsObfuscated", T.Boolean, Searchable: true, ReadOnly: true, DefaultValue: "false"),
        ]) with
    {
        Details = [InternalInfoDetail],
    };
}
