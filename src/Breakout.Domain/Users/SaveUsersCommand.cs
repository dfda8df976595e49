namespace Breakout.Domain.Users;

/// <summary>A CreateUser (<paramref name="Create"/>) or UpdateUser call.</summary>
public sealed record SaveUsersCommand(long AccountKey, long ApiUserKey, Guid CallId, bool Create, IReadOnlyList<UserInput> Users);
