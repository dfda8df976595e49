namespace Breakout.Domain.CustomFields;

/// <summary>
/// One <c>EntityCustomField</c> of CreateCustomField or UpdateCustomField: its <c>Id</c> and <c>MessageId</c>, its other
/// attributes exactly as sent (absent ones are not in <see cref="Attributes"/>), and its <c>FieldChoices</c> texts, or
/// null when the item sends none (UpdateCustomField then keeps the stored choices).
/// </summary>
public sealed record CustomFieldInput(string? Id, string? MessageId, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string>? Choices);
