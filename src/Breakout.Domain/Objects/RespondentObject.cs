using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Respondent type: a contact invited to a survey, the attributes of <c>s1:Respondent</c> in WSDL order,
/// read-only. <c>ResponseID</c> is the ID of the respondent's Response, the empty GUID while there is none; the name,
/// company and e-mail fields are the contact's. Searchable: <c>ContactId</c>, <c>SurveyId</c> and <c>Status</c>, as
/// Cvent's Respondent object page marks them
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/survey_objects/respondent). The page marks
/// no field for GetUpdated and the WSDL gives Respondent no modification date: GetUpdated windows on a time Breakout
/// keeps and does not send (the respondent's last import or status change), as for Session.
/// </summary>
public static class RespondentObject
{
    /// <summary>The <c>s1:RespondentStatus</c> enumeration, in WSDL order.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["No Response", "Visited", "Partial Response", "Complete Response", "Disqualified Response"];

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Respondent,
        null,
        [
            new("TargetedListId", T.Id, ReadOnly: true),
            new("TargetedListName", T.String, 100, ReadOnly: true),
            new("ContactId", T.Id, Searchable: true, ReadOnly: true),
            new("SourceId", T.String, 100, ReadOnly: true),
            new("ResponseID", T.Id, ReadOnly: true),
            new("FirstName", T.String, 30, ReadOnly: true),
            new("LastName", T.String, 50, ReadOnly: true),
            new("Company", T.String, 100, ReadOnly: true),
            new("Title", T.String, 100, ReadOnly: true),
            new("EmailAddress", T.String, 80, ReadOnly: true),
            new("WorkPhone", T.String, 30, ReadOnly: true),
            new("SurveyId", T.Id, Searchable: true, ReadOnly: true),
            new("SurveyCode", T.String, 50, ReadOnly: true),
            new("SurveyTitle", T.String, 200, ReadOnly: true),
            new("SurveyLaunchDate", T.DateTime, ReadOnly: true),
            new("Status", T.String, 30, Searchable: true, ReadOnly: true, DefaultValue: "No Response", LookUps: Statuses),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("ReferenceId", T.String, 100, ReadOnly: true),
            new("ResponseScore", T.Decimal, ReadOnly: true),
        ]) with
    {
        Details = [SurveyObject.WeblinkDetail],
    };
}
