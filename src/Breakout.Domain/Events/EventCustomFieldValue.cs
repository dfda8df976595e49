namespace Breakout.Domain.Events;

/// <summary>A <c>CustomFieldDetail</c> of an event: the field's ID and name as given, its type and its value.</summary>
public sealed record EventCustomFieldValue(string? FieldId, string? FieldName, string? FieldType, string? FieldValue);
