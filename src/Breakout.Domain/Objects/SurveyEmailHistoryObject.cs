using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The SurveyEmailHistory type: one e-mail sent to a respondent of a survey, the attributes of
/// <c>s1:SurveyEmailHistory</c> in WSDL order, read-only. Searchable: <c>SurveyId</c>, <c>RespondentId</c> and
/// <c>LastModifiedDate</c> (GetUpdated's field), as Cvent's SurveyEmailHistory object page marks them
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/survey_objects/survey_email_history).
/// </summary>
public static class SurveyEmailHistoryObject
{
    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.SurveyEmailHistory,
        "LastModifiedDate",
        [
            new("SurveyId", T.Id, Searchable: true, ReadOnly: true),
            new("RespondentId", T.Id, Searchable: true, ReadOnly: true),
            new("ContactId", T.Id, ReadOnly: true),
            .. EmailHistoryFields.After(searchableModified: true),
        ]);
}
