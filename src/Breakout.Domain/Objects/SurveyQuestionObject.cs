using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The SurveyQuestion type: the attributes of <c>s1:SurveyQuestion</c> in WSDL order, read-only. A question belongs to
/// one survey (<c>SurveyId</c>, with the survey's code and title). <c>AnswerDetail</c> lists its answer choices and
/// <c>RowDetail</c> the rows of a matrix question, in their order. Neither the V200611 guide's editions nor
/// developers.cvent.com publish a SurveyQuestion table that could be consulted, so Breakout makes searchable only
/// what links a question to its survey (<c>SurveyId</c>, as Response's page marks it) and <c>LastModifiedDate</c>,
/// which GetUpdated windows on as it does for every type whose WSDL has that field.
/// </summary>
public static class SurveyQuestionObject
{
    /// <summary><c>s1:AnswerDetail</c>: one answer choice.</summary>
    public static readonly CvDetailDescriptor AnswerDetail = new("AnswerDetail", [new("AnswerText", T.String, 2000)]);

    /// <summary><c>s1:RowDetail</c>: one row of a matrix question.</summary>
    public static readonly CvDetailDescriptor RowDetail = new("RowDetail", [new("RowText", T.String, 2000)]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.SurveyQuestion,
        "LastModifiedDate",
        [
            new("QuestionText", T.String, 2000, ReadOnly: true),
            new("QuestionHTMLText", T.String, 4000, ReadOnly: true),
            new("QuestionCode", T.String, 50, ReadOnly: true),
            new("QuestionType", T.String, 50, ReadOnly: true),
            new("SurveyId", T.Id, Searchable: true, ReadOnly: true),
            new("SurveyCode", T.String, 50, ReadOnly: true),
            new("SurveyTitle", T.String, 200, ReadOnly: true),
            new("QuestionNumber", T.String, 20, ReadOnly: true),
            new("MinimumSelections", T.String, 10, ReadOnly: true),
            new("MaximumSelections", T.String, 10, ReadOnly: true),
            new("MinimumCharacters", T.String, 10, ReadOnly: true),
            new("MaximumCharacters", T.String, 10, ReadOnly: true),
            new("LeftSideHeader", T.String, 200, ReadOnly: true),
            new("RightSideHeader", T.String, 200, ReadOnly: true),
            new("AnswerFormat", T.String, 50, ReadOnly: true),
            new("AllowOther", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("IsRequired", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("AllowNA", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("LastModifiedBy", T.String, 50, ReadOnly: true),
        ]) with
    {
        Details = [AnswerDetail, RowDetail],

        // What a Response's SurveyDetail shows of its question besides the wire fields: its type as a number and export value.
        ImportFields = [new("QuestionTypeCode", T.Integer), new("QuestionExportValue", T.String, 200)],
    };
}
