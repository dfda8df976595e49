using Breakout.Domain;
using Breakout.Domain.Users;

namespace Breakout.Storage;

/// <summary>
/// CreateUser, UpdateUser, DeleteUser and ManageUserGroup: the account's planner users (the served User, UserGroup
/// and UserRole objects). They are records about people, not credentials: nothing here creates or changes an API
/// user that can call Login, and a user's <c>Password</c> is never stored.
/// </summary>
public interface IPlannerUsers
{
    /// <summary>CreateUser or UpdateUser: one result per item, in order (the user's ID, or the item's error); all in one transaction.</summary>
    Task<IReadOnlyList<ItemResult>> SaveUsersAsync(SaveUsersCommand command, CancellationToken cancellationToken = default);

    /// <summary>DeleteUser: removes users (gone for every other call) and records each for GetDeleted.</summary>
    Task<IReadOnlyList<ItemResult>> DeleteUsersAsync(DeleteUsersCommand command, CancellationToken cancellationToken = default);

    /// <summary>ManageUserGroup: adds users to a user group or removes them; one result per user, in order.</summary>
    Task<IReadOnlyList<ItemResult>> ManageUserGroupAsync(ManageUserGroupCommand command, CancellationToken cancellationToken = default);
}
