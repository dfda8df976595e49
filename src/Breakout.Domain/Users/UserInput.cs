using Breakout.Domain.CustomFields;

namespace Breakout.Domain.Users;

/// <summary>
/// One <c>User</c> of CreateUser or UpdateUser: its <c>Id</c> and <c>MessageId</c>, the other attributes exactly as
/// sent (absent: not in <see cref="Attributes"/>; sent empty: there, empty), and the <c>UserGroupId</c> of each
/// <c>UserGroupDetail</c> child, in order; and its <c>CustomFieldDetail</c> and <c>VisibilityDefaults</c> children, in
/// order, as sent.
/// </summary>
public sealed record UserInput(string? Id, string? MessageId, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string?> UserGroupIds)
{
    /// <summary>The <c>CustomFieldDetail</c> children: values of the account's user custom fields.</summary>
    public IReadOnlyList<CustomFieldValueInput> CustomFields { get; init; } = [];

    /// <summary>The <c>VisibilityDefaults</c> children: user groups that see what the user creates, per kind.</summary>
    public IReadOnlyList<VisibilityDefaultInput> VisibilityDefaults { get; init; } = [];
}
