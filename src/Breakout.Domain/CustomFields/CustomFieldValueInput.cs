namespace Breakout.Domain.CustomFields;

/// <summary>
/// One <c>CustomFieldDetail</c> sent with a Contact or a Guest: the field it names (<c>FieldId</c>, or else
/// <c>FieldName</c>) and the value as sent (<c>FieldType</c> is informative and not read).
/// </summary>
public sealed record CustomFieldValueInput(string? FieldId, string? FieldName, string? FieldValue);
