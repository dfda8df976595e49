namespace Breakout.Domain.Users;

/// <summary>A ManageUserGroup call: add the users (<paramref name="Add"/>) to the user group <paramref name="GroupId"/>, or remove them.</summary>
public sealed record ManageUserGroupCommand(long AccountKey, long ApiUserKey, Guid CallId, string? GroupId, bool Add, IReadOnlyList<ObjectItem> Items);
