namespace Breakout.Storage;

/// <summary>An API user as <c>breakout user list</c> shows it; <see cref="LastLoginAt"/> is null when it never logged in.</summary>
public sealed record ApiUserSummary(ApiUserRecord User, DateTimeOffset CreatedAt, DateTimeOffset? LastLoginAt);
