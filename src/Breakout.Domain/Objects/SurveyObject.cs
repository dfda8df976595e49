using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>
/// The Survey type: the attributes of <c>s1:Survey</c> in WSDL order, read-only (Cvent has no create or update call
/// for surveys). Searchable and GetUpdated: as Cvent's Survey object page
/// (https://developers.cvent.com/docs/legacy-api/soap-api/object-definitions/survey_objects/survey; its SOAP-to-REST
/// mapping page agrees) marks them: code, title, close and launch dates and <c>SurveyStatus</c>; the page marks
/// <c>SurveyLaunchDate</c> as the field GetUpdated windows on (the WSDL gives Survey no modification date). The page's
/// searchable <c>AssociatedEventDetail/EventId</c> is a field of the <c>AssociatedEvents</c> detail: Search takes it
/// under that name, the WSDL's <c>AssociatedEvents/EventId</c> and plain <c>EventId</c>, and finds the surveys
/// associated with the event.
/// <c>AssociatedEvents</c> lists the events the survey is linked to; custom fields, web links and targeted lists are
/// not kept, so those details are never written.
/// </summary>
public static class SurveyObject
{
    /// <summary><c>s1:CustomFieldDetail</c> as the Survey page lists it.</summary>
    public static readonly CvDetailDescriptor CustomFieldDetail = new("CustomFieldDetail",
    [
        new("FieldName", T.String, 100),
        new("FieldType", T.String, 50),
        new("FieldValue", T.String, 2000),
        new("FieldId", T.Id),
    ]);

    /// <summary><c>s1:WeblinkDetail</c>: a link of the survey (or of one respondent).</summary>
    public static readonly CvDetailDescriptor WeblinkDetail = new("WeblinkDetail",
    [
        new("Target", T.String, 100),
        new("URL", T.String, 500),
    ]);

    /// <summary><c>s1:TargetListDetail</c>.</summary>
    public static readonly CvDetailDescriptor TargetListDetail = new("TargetListDetail",
    [
        new("TargetedListId", T.Id),
        new("TargetedListName", T.String, 100),
        new("TargetedListLanguage", T.String, 50),
        new("TargetedListDefault", T.Boolean),
    ]);

    /// <summary><c>s1:AssociatedEvents</c>: one row per event the survey belongs to; its <c>EventId</c> is an element.</summary>
    public static readonly CvDetailDescriptor AssociatedEvents = new("AssociatedEvents",
    [
        new("EventId", T.Id, Element: true),
    ]);

    /// <summary>The Search field of a survey's associated events, as Cvent's Survey object page names it.</summary>
    public const string AssociatedEventId = "AssociatedEventDetail/EventId";

    public static readonly CvObjectDescriptor Descriptor = CvObjectDescriptor.ReadOnlyType(
        CvObjectType.Survey,
        "SurveyLaunchDate",
        [
            new("SurveyCode", T.String, 50, Searchable: true, ReadOnly: true),
            new("SurveyTitle", T.String, 200, Searchable: true, ReadOnly: true),
            new("SurveyCloseDate", T.DateTime, Searchable: true, ReadOnly: true),
            new("Description", T.String, 2000, ReadOnly: true),
            new("SurveyStatus", T.String, 30, Searchable: true, ReadOnly: true),
            new("InternalNote", T.String, 2000, ReadOnly: true),
            new("PlannerFirstName", T.String, 30, ReadOnly: true),
            new("PlannerLastName", T.String, 50, ReadOnly: true),
            new("SurveyLaunchDate", T.DateTime, Searchable: true, ReadOnly: true),
        ]) with
    {
        Details = [CustomFieldDetail, WeblinkDetail, TargetListDetail, AssociatedEvents],
        DetailSearchFields = [new(AssociatedEventId, T.Id, Searchable: true, ReadOnly: true)],
        SearchAliases = new Dictionary<string, string> { ["AssociatedEvents/EventId"] = AssociatedEventId, ["EventId"] = AssociatedEventId },
    };
}
