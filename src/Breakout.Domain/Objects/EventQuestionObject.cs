using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The EventQuestion type: the attributes of <c>s1:EventQuestion</c> in WSDL order, a question of an event's
/// registration survey (or of one of its sessions, <c>ProductId</c>), with its answer choices (<c>AnswerDetail</c>)
/// and the rows of a matrix question (<c>RowDetail</c>). Searchable fields per Cvent's SOAP-to-REST mapping of the
/// object (https://developers.cvent.com/docs/rest-api/migration-guide/object-mappings/event-question): QuestionCode,
/// SurveyType, QuestionType, EventId, EventCode, ProductId and LastModifiedDate, GetUpdated's field.
/// </summary>
public static class EventQuestionObject
{
    /// <summary><c>s1:AnswerDetail</c>: one row per answer choice.</summary>
    public static readonly CvDetailDescriptor AnswerDetail = new("AnswerDetail", [new("AnswerText", T.String, 500, ReadOnly: true)]);

    /// <summary><c>s1:RowDetail</c>: one row per row of a matrix question.</summary>
    public static readonly CvDetailDescriptor RowDetail = new("RowDetail", [new("RowText", T.String, 500, ReadOnly: true)]);

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.EventQuestion,
        "LastModifiedDate",
        [
            new("QuestionText", T.String, 2000, ReadOnly: true),
            new("QuestionCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("SurveyType", T.String, 50, Searchable: true, ReadOnly: true),
            new("QuestionType", T.String, 50, Searchable: true, ReadOnly: true),
            new("EventId", T.Id, Searchable: true, ReadOnly: true),
            new("EventCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("EventTitle", T.String, 200, ReadOnly: true),
            new("ProductName", T.String, 200, ReadOnly: true),
            new("ProductId", T.Id, Searchable: true, ReadOnly: true),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("AllowOther", T.Boolean, ReadOnly: true, DefaultValue: "false"),
            new("OtherLabel", T.String, 100, ReadOnly: true),
            new("LastModifiedDate", T.DateTime, Searchable: true, ReadOnly: true),
        ]) with
    {
        Details = [AnswerDetail, RowDetail],
    };
}
