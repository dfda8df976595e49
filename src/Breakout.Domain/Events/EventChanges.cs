namespace Breakout.Domain.Events;

/// <summary>
/// The parsed, validated values of one <c>EventParameters</c> item, by attribute name: a <see cref="string"/>, a
/// <see cref="DateTimeOffset"/> (UTC) or an <see cref="int"/>, or null to clear the value. Attributes that were absent
/// are not in <see cref="Values"/> (kept as they are).
/// </summary>
public sealed record EventChanges(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<EventCustomFieldValue> CustomFields)
{
    public bool Has(string name) => Values.ContainsKey(name);

    public string? Text(string name) => Values.GetValueOrDefault(name) as string;

    public DateTimeOffset? Date(string name) => Values.GetValueOrDefault(name) as DateTimeOffset?;

    public int? Integer(string name) => Values.GetValueOrDefault(name) as int?;
}
