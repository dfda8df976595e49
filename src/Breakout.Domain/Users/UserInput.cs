namespace Breakout.Domain.Users;

/// <summary>
/// One <c>User</c> of CreateUser or UpdateUser: its <c>Id</c> and <c>MessageId</c>, the other attributes exactly as
/// sent (absent: not in <see cref="Attributes"/>; sent empty: there, empty), and the <c>UserGroupId</c> of each
/// <c>UserGroupDetail</c> child, in order.
/// </summary>
public sealed record UserInput(string? Id, string? MessageId, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string?> UserGroupIds);
