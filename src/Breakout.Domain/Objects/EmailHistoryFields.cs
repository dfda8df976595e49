using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Domain.Objects;

/// <summary>The attributes <c>s1:EventEmailHistory</c> and <c>s1:SurveyEmailHistory</c> share after their three IDs, in WSDL order.</summary>
internal static class EmailHistoryFields
{
    public static IReadOnlyList<CvField> After(bool searchableModified) =>
    [
        new("TargetList", T.String, 100, ReadOnly: true),
        new("EmailSentDate", T.DateTime, ReadOnly: true),
        new("EmailStatus", T.String, 50, ReadOnly: true),
        new("EmailType", T.String, 100, ReadOnly: true),
        new("FromEmailAddress", T.String, 80, ReadOnly: true),
        new("ToEmailAddress", T.String, 80, ReadOnly: true),
        new("EmailViewed", T.Boolean, ReadOnly: true, DefaultValue: "false"),
        new("EmailBounced", T.Boolean, ReadOnly: true, DefaultValue: "false"),
        new("LastModifiedDate", T.DateTime, Searchable: searchableModified, ReadOnly: true),
    ];
}
