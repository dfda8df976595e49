namespace Breakout.Domain.Users;

/// <summary>One <c>VisibilityDefaults</c> of a CreateUser or UpdateUser item, as sent (<c>UserGroupName</c> is informative and not read).</summary>
public sealed record VisibilityDefaultInput(string? UserGroupId, string? VisibilityType);
