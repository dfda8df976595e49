using Breakout.Domain.CustomFields;

namespace Breakout.Domain.Invitees;

/// <summary>
/// One <c>Guest</c> of UpdateGuestInfo: its <c>Id</c> and <c>MessageId</c>, its other attributes exactly as sent (an
/// absent one keeps the stored value, an empty one clears it) and its <c>CustomFieldDetail</c>s.
/// </summary>
public sealed record GuestInput(string? Id, string? MessageId, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<CustomFieldValueInput> CustomFields);
