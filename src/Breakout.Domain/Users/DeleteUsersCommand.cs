namespace Breakout.Domain.Users;

/// <summary>A DeleteUser call: the users' IDs as <c>CvObject</c> items, in order.</summary>
public sealed record DeleteUsersCommand(long AccountKey, long ApiUserKey, Guid CallId, IReadOnlyList<ObjectItem> Items);
