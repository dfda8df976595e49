namespace Breakout.Domain.CustomFields;

/// <summary>
/// A CreateCustomField call (<paramref name="Create"/>, with its <c>CustomFieldCategory</c>) or an UpdateCustomField
/// call (no category: a field keeps its own).
/// </summary>
public sealed record SaveCustomFieldsCommand(long AccountKey, long ApiUserKey, Guid CallId, bool Create, string? Category, IReadOnlyList<CustomFieldInput> Fields);
