namespace Breakout.Domain.CustomFields;

/// <summary>What values a custom field takes, read from its <c>FieldType</c> and <c>AnswerFormat</c> (see <see cref="CustomFieldRules.KindOf"/>).</summary>
public enum CustomFieldKind
{
    /// <summary>Free text, between <c>MinimumCharacters</c> and <c>MaximumCharacters</c> long.</summary>
    Text,

    /// <summary>A number between <c>MinimumNumber</c> and <c>MaximumNumber</c>.</summary>
    Number,

    /// <summary>A date (and time) between <c>EarliestDate</c> and <c>LatestDate</c>.</summary>
    Date,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>One of the field's choices.</summary>
    Choice,

    /// <summary>One or more of the field's choices, separated by <see cref="CustomFieldRules.ChoiceSeparator"/>.</summary>
    MultipleChoice,
}
