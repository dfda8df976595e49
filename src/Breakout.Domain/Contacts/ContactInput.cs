using Breakout.Domain.CustomFields;

namespace Breakout.Domain.Contacts;

/// <summary>
/// One <c>Contact</c> of CreateContact, UpdateContact or UpsertContact: its <c>Id</c> and <c>MessageId</c>, and the
/// other attributes exactly as sent, by wire name. An attribute that is absent is not in <see cref="Attributes"/>
/// (update keeps the stored value); one sent empty is there with an empty value (update clears the field).
/// </summary>
public sealed record ContactInput(string? Id, string? MessageId, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The item's <c>CustomFieldDetail</c>s: values of the account's contact custom fields (an empty value clears one).</summary>
    public IReadOnlyList<CustomFieldValueInput> CustomFields { get; init; } = [];
}
