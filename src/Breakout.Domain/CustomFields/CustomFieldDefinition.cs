namespace Breakout.Domain.CustomFields;

/// <summary>
/// A custom field of an account as stored (an EntityCustomField): what it is of (<see cref="Category"/>, a
/// <c>CvCustomFieldEntityType</c> value such as <c>ContactCustomField</c>), its name, code, type, limits and choices.
/// </summary>
public sealed record CustomFieldDefinition(
    CventId Id,
    string Category,
    string Name,
    string? Code,
    string FieldType,
    string? AnswerFormat,
    int? MinimumCharacters,
    int? MaximumCharacters,
    int? MinimumNumber,
    int? MaximumNumber,
    DateTimeOffset? EarliestDate,
    DateTimeOffset? LatestDate,
    IReadOnlyList<string> Choices)
{
    public string? HelpText { get; init; }

    public bool PrepopulateCurrentDate { get; init; }

    public bool DisplayPopUpCalendar { get; init; }

    public CustomFieldKind Kind => CustomFieldRules.KindOf(FieldType, AnswerFormat);
}
