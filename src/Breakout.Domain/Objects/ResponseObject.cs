using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Response type: a respondent's answers to a survey, the attributes of <c>s1:Response</c> in WSDL order,
/// read-only. A response belongs to one Respondent (its contact's name, company and e-mail are shown) and so to one
/// Survey; <c>ResponseID</c> is the response's own ID. <c>SurveyDetail</c> (<c>s1:ResponseSurveyDetail</c>, whose
/// fields are child elements) has one row per answered question, in question order, each with its <c>Answer</c>
/// elements. Searchable and GetUpdated as Cvent's Response object page marks them
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/survey_objects/response):
/// <c>ContactId</c>, <c>SurveyId</c>, <c>Status</c>, <c>CompletionDate</c> and <c>LastModifiedDate</c>, the field
/// GetUpdated windows on. The page types <c>ResponseNumber</c> as String; the WSDL's <c>s:long</c> decides. An import
/// names the response's respondent (<c>RespondentId</c>); its <c>Status</c> is the respondent's.
/// </summary>
public static class ResponseObject
{
    /// <summary><c>s1:Answer</c> inside a <c>SurveyDetail</c>: six nillable elements.</summary>
    public static readonly CvDetailDescriptor Answer = new("Answer",
    [
        new("AnswerPart", T.String, 2000, Required: true, Element: true, Nillable: true),
        new("AnswerColumn", T.String, 2000, Required: true, Element: true, Nillable: true),
        new("AnswerText", T.String, 4000, Required: true, Element: true, Nillable: true),
        new("AnswerOther", T.String, 2000, Required: true, Element: true, Nillable: true),
        new("AnswerExportValue", T.String, 200, Required: true, Element: true, Nillable: true),
        new("AnswerComment", T.String, 2000, Required: true, Element: true, Nillable: true),
    ]);

    /// <summary><c>s1:ResponseSurveyDetail</c>: the base <c>SurveyDetail</c> sequence, then its extension's two elements.</summary>
    public static readonly CvDetailDescriptor SurveyDetail = new("SurveyDetail",
    [
        new("QuestionText", T.String, 2000, Element: true),
        new("QuestionExportValue", T.String, 200, Element: true),
        new("QuestionType", T.Integer, Required: true, DefaultValue: "0", Element: true),
        new("QuestionScore", T.Decimal, Required: true, DefaultValue: "0", Element: true),
        new("QuestionCode", T.String, 50, Element: true),
        new("QuestionNumber", T.String, 20, Element: true),
    ])
    {
        Nested = [Answer],
        NestedAt = 3,
    };

    /// <summary>
    /// What the catalogue import takes for one answer (<c>response.answer</c>): the question it answers, by its
    /// <c>QuestionCode</c> within the response's survey, then the <c>Answer</c> elements.
    /// </summary>
    public static readonly CvDetailDescriptor AnswerImport = new("Answer", [new("QuestionCode", T.String, 50), .. Answer.Fields.Select(f => f with { Required = false })]);

    /// <summary>The fields a Response shows of its Respondent, described once.</summary>
    private static CvField Shared(string name) => RespondentObject.Descriptor.Field(name)!;

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Response,
        "LastModifiedDate",
        [
            Shared("ContactId"),
            Shared("SourceId"),
            Shared("ResponseID"),
            Shared("FirstName"),
            Shared("LastName"),
            Shared("Company"),
            Shared("Title"),
            Shared("EmailAddress"),
            Shared("WorkPhone"),
            Shared("SurveyId"),
            Shared("SurveyCode"),
            Shared("SurveyTitle"),
            Shared("SurveyLaunchDate"),
            new("Status", T.String, 30, Searchable: true, ReadOnly: true, LookUps: RespondentObject.Statuses),
            Shared("InternalNote"),
            Shared("ReferenceId"),
            new("InvitedBy", T.String, 100, ReadOnly: true),
            new("CompletionDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("ModifiedBy", T.String, 50, ReadOnly: true),
            new("ResponseMethod", T.String, 50, ReadOnly: true),
            new("ResponseNumber", T.Integer, ReadOnly: true),
        ]) with
    {
        Details = [SurveyDetail],
        ImportFields = [new("RespondentId", T.Id)],
        ImportDetails = [AnswerImport],
    };
}
