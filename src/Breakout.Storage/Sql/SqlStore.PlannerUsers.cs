using System.Data.Common;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Domain.Users;

namespace Breakout.Storage.Sql;

/// <summary>
/// CreateUser, UpdateUser, DeleteUser and ManageUserGroup (issue #18) on the tables the User, UserGroup and UserRole
/// objects are served from (<see cref="SqlObjectTables.Users"/>). Calls of one account run one after another (the
/// account row is locked, as for contacts), so the checks that a Username or FederatedId is not taken see every user
/// committed before. A deleted user's row and group memberships are removed and the deletion is recorded for GetDeleted.
/// Every change writes a history row and moves the user's <c>LastModifiedDate</c>, which GetUpdated windows on.
/// </summary>
public abstract partial class SqlStore : IPlannerUsers
{
    /// <summary>The columns a caller writes (every writable field but <c>UserRoleId</c>, stored as the role's key).</summary>
    private static readonly IReadOnlyList<(CvField Field, string Column)> UserColumns =
        [.. UserRules.Writable.Where(f => f.Name != "UserRoleId").Select(f => (f, SqlNames.SnakeCase(f.Name)))];

    private static readonly string UserSelect =
        "SELECT u.pk, ur.id, " + string.Join(", ", UserColumns.Select(c => "u." + c.Column)) +
        " FROM planner_users u LEFT JOIN user_roles ur ON ur.pk = u.user_role_pk WHERE u.account_pk = @a AND u.id = @id";

    private static readonly string UserInsert =
        "INSERT INTO planner_users (account_pk, id, updated_at, user_role_pk, created_by, created_date, last_modified_by, " +
        string.Join(", ", UserColumns.Select(c => c.Column)) + ") VALUES (@a, @id, @t, @r, @by, @t, @by, " +
        string.Join(", ", UserColumns.Select((_, i) => "@p" + i)) + ") RETURNING pk";

    private static readonly string UserUpdate =
        "UPDATE planner_users SET updated_at = @t, user_role_pk = @r, last_modified_by = @by, " +
        string.Join(", ", UserColumns.Select((c, i) => $"{c.Column} = @p{i}")) + " WHERE pk = @pk";

    /// <summary>Values a new user starts with: the descriptor's defaults (Active true, the visibility flags false).</summary>
    private static readonly IReadOnlyDictionary<string, object?> UserDefaults = UserRules.Writable
        .Where(f => f.DefaultValue is not null && f.Name != "UserType")
        .ToDictionary(f => f.Name, f => CvValues.TryParse(f.Type, f.DefaultValue!, out var value) ? value : null, StringComparer.Ordinal);

    public Task<IReadOnlyList<ItemResult>> SaveUsersAsync(SaveUsersCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var call = await BeginContactCallAsync(s, command.AccountKey, command.ApiUserKey, command.CallId, command.Create ? "CreateUser" : "UpdateUser", ct);
            var results = new List<ItemResult>(command.Users.Count);
            foreach (var input in command.Users)
            {
                results.Add(await SaveUserAsync(s, call, command.Create, input, ct));
            }

            return results;
        }, cancellationToken);

    public Task<IReadOnlyList<ItemResult>> DeleteUsersAsync(DeleteUsersCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var call = await BeginContactCallAsync(s, command.AccountKey, command.ApiUserKey, command.CallId, "DeleteUser", ct);
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                var reference = NullIfEmpty(item.MessageId);
                if (!HasContactId(item.Id))
                {
                    results.Add(new ItemResult(null, reference, CventErrors.UserIdRequiredToDelete));
                    continue;
                }

                if (!CventId.TryParse(item.Id, out var id) || await FindUserKeyAsync(s, command.AccountKey, id, ct) is not { } user)
                {
                    results.Add(new ItemResult(CventId.Echo(item.Id), reference, NotAUser(item.Id)));
                    continue;
                }

                var now = Now;
                foreach (var detail in SqlObjectTables.Details.Where(d => ReferenceEquals(d.Parent, SqlObjectTables.Users)))
                {
                    await s.Command($"DELETE FROM {detail.Table} WHERE {detail.ParentColumn} = @u").With("@u", user).ExecuteNonQueryAsync(ct);
                }

                await s.Command("DELETE FROM planner_users WHERE pk = @u").With("@u", user).ExecuteNonQueryAsync(ct);
                await s.Command("INSERT INTO deleted_objects (account_pk, object_type, id, deleted_at) VALUES (@a, @o, @id, @t)")
                    .With("@a", command.AccountKey).With("@o", nameof(CvObjectType.User)).With("@id", Dialect.IdValue(id)).With("@t", now).ExecuteNonQueryAsync(ct);
                await RecordChangeAsync(s, call.Call, CvObjectType.User, id, "Deleted", null, reference, ct);
                results.Add(new ItemResult(id.ToString(), reference, null));
            }

            return results;
        }, cancellationToken);

    public Task<IReadOnlyList<ItemResult>> ManageUserGroupAsync(ManageUserGroupCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var call = await BeginContactCallAsync(s, command.AccountKey, command.ApiUserKey, command.CallId, "ManageUserGroup", ct);
            long? group = CventId.TryParse(command.GroupId?.Trim(), out var groupId)
                ? await FindRowAsync(s, command.AccountKey, "user_groups", groupId, null, ct)
                : null;
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                var reference = NullIfEmpty(item.MessageId);
                var echo = CventId.Echo(item.Id);
                if (!HasContactId(item.Id))
                {
                    results.Add(new ItemResult(null, reference, CventErrors.UserGroupMemberIdRequired));
                }
                else if (group is null)
                {
                    results.Add(new ItemResult(echo, reference, CventErrors.InvalidUserGroupId.WithDescription(
                        $"Invalid user group ID: '{command.GroupId}' is not a user group of this account.")));
                }
                else if (!CventId.TryParse(item.Id, out var userId) || await FindUserKeyAsync(s, command.AccountKey, userId, ct) is not { } user)
                {
                    results.Add(new ItemResult(echo, reference, NotAUser(item.Id)));
                }
                else
                {
                    var changed = command.Add
                        ? await s.Command("INSERT INTO planner_user_groups (user_pk, user_group_pk) VALUES (@u, @g) ON CONFLICT DO NOTHING")
                            .With("@u", user).With("@g", group).ExecuteNonQueryAsync(ct)
                        : await s.Command("DELETE FROM planner_user_groups WHERE user_pk = @u AND user_group_pk = @g").With("@u", user).With("@g", group).ExecuteNonQueryAsync(ct);
                    if (changed == 0)
                    {
                        results.Add(new ItemResult(echo, reference, command.Add ? CventErrors.UserAlreadyInGroup : CventErrors.UserNotInGroup));
                        continue;
                    }

                    await TouchUserAsync(s, call, user, ct);
                    await RecordChangeAsync(s, call.Call, CvObjectType.UserGroup, groupId, command.Add ? "MemberAdded" : "MemberRemoved", userId, reference, ct);
                    results.Add(new ItemResult(echo, reference, null));
                }
            }

            return results;
        }, cancellationToken);

    private async Task<ItemResult> SaveUserAsync(SqlSession s, ContactCall call, bool creating, UserInput input, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        var accountKey = call.Call.AccountKey;
        ItemResult Refused(CventError error, string? id = null) => new(id, reference, error);

        UserRow? existing = null;
        if (creating && HasContactId(input.Id))
        {
            return Refused(CventErrors.InvalidUserId.WithDescription("ID is not Valid: CreateUser assigns the ID; change an existing user with UpdateUser."));
        }

        if (!creating)
        {
            if (!HasContactId(input.Id))
            {
                return Refused(CventErrors.UserIdRequiredToUpdate);
            }

            if (!CventId.TryParse(input.Id, out var id) || await LoadUserAsync(s, accountKey, id, ct) is not { } found)
            {
                return Refused(NotAUser(input.Id), CventId.Echo(input.Id));
            }

            if (!call.Ids.Add(id))
            {
                return Refused(CventErrors.DuplicateUserKey.WithDescription("Duplicated User object - Key field(s) are not unique: the ID is in the call twice."), id.ToString());
            }

            existing = found;
        }

        var echo = existing?.Id.ToString();
        var (changes, groups, error) = UserRules.Parse(input);
        var merged = new Dictionary<string, object?>(existing?.Values ?? UserDefaults, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            merged[name] = value;
        }

        error ??= UserRules.Check(creating, input, changes, merged)
            ?? await CheckUserReferencesAsync(s, accountKey, changes, ct)
            ?? await CheckUserKeysAsync(s, call, existing?.Key, changes, ct);
        if (error is not null)
        {
            return Refused(error, echo);
        }

        var groupKeys = new List<(CventId Id, long Key)>();
        foreach (var group in groups)
        {
            if (await FindRowAsync(s, accountKey, "user_groups", group, null, ct) is not { } key)
            {
                return Refused(CventErrors.InvalidUserGroupDetailId.WithDescription($"UserGroupDetail’s UserGroupId is not Valid: '{group}' is not a user group of this account."), echo);
            }

            if (existing is not null && await s.Command("SELECT COUNT(*) FROM planner_user_groups WHERE user_pk = @u AND user_group_pk = @g")
                    .With("@u", existing.Key).With("@g", key).ScalarInt64Async(ct) > 0)
            {
                return Refused(CventErrors.UserAlreadyInUserGroupDetail.WithDescription($"UserGroupDetail’s UserGroupId already exists for this user: '{group}'."), echo);
            }

            groupKeys.Add((group, key));
        }

        var (details, detailError) = await CheckUserDetailsAsync(s, accountKey, input, ct); // #17 details
        if (detailError is not null)
        {
            return Refused(detailError, echo);
        }

        var role = merged.GetValueOrDefault("UserRoleId") is CventId roleId ? await FindRowAsync(s, accountKey, "user_roles", roleId, null, ct) : null;
        call.UserName ??= await s.Command("SELECT user_name FROM api_users WHERE pk = @u").With("@u", call.Call.ApiUserKey).ExecuteScalarAsync(ct) as string ?? "";
        var userId = existing?.Id ?? CventId.New();
        var command = BindUser(s.Command(creating ? UserInsert : UserUpdate), merged)
            .With("@t", Now).With("@r", role).With("@by", call.UserName);
        long userKey;
        if (existing is null)
        {
            userKey = (await command.With("@a", accountKey).With("@id", Dialect.IdValue(userId)).ScalarInt64Async(ct))!.Value;
        }
        else
        {
            userKey = existing.Key;
            await command.With("@pk", userKey).ExecuteNonQueryAsync(ct);
        }

        await RecordChangeAsync(s, call.Call, CvObjectType.User, userId, creating ? "Created" : "Updated", null, reference, ct);
        await WriteUserDetailsAsync(s, userKey, details!, ct); // #17 details
        foreach (var (group, key) in groupKeys)
        {
            await s.Command("INSERT INTO planner_user_groups (user_pk, user_group_pk) VALUES (@u, @g)").With("@u", userKey).With("@g", key).ExecuteNonQueryAsync(ct);
            await RecordChangeAsync(s, call.Call, CvObjectType.UserGroup, group, "MemberAdded", userId, reference, ct);
        }

        return new ItemResult(userId.ToString(), reference, null);
    }

    /// <summary>The role and default contact group an item names must be the account's (CV92111, CV92112).</summary>
    private async Task<CventError?> CheckUserReferencesAsync(SqlSession s, long accountKey, IReadOnlyDictionary<string, object?> changes, CancellationToken ct)
    {
        if (changes.GetValueOrDefault("UserRoleId") is CventId role && await FindRowAsync(s, accountKey, "user_roles", role, null, ct) is null)
        {
            return CventErrors.InvalidUserRoleId.WithDescription($"UserRoleId is not Valid: '{role}' is not a user role of this account.");
        }

        return changes.GetValueOrDefault("DefaultContactGroupId") is CventId group && await FindRowAsync(s, accountKey, "contact_groups", group, null, ct) is null
            ? CventErrors.InvalidDefaultContactGroupId.WithDescription($"User’s DefaultContactGroupId is not Valid: '{group}' is not a contact group of this account.")
            : null;
    }

    /// <summary>
    /// A Username (any case) and a FederatedId an item sends must be new to the call (CV92121) and belong to no other
    /// user of the account (CV92119, CV92120).
    /// </summary>
    private async Task<CventError?> CheckUserKeysAsync(SqlSession s, ContactCall call, long? self, IReadOnlyDictionary<string, object?> changes, CancellationToken ct)
    {
        if (changes.GetValueOrDefault("Username") is string username)
        {
            if (!call.Keys.Add("username:" + username.ToLowerInvariant()))
            {
                return CventErrors.DuplicateUserKey;
            }

            if (await s.Command($"SELECT pk FROM planner_users WHERE account_pk = @a AND {Dialect.Fold("username")} = {Dialect.Fold("@n")} AND pk <> @self")
                    .With("@a", call.Call.AccountKey).With("@n", username).With("@self", self ?? 0).ScalarInt64Async(ct) is not null)
            {
                return CventErrors.UsernameTaken.WithDescription($"Username already exists: '{username}'.");
            }
        }

        if (changes.GetValueOrDefault("FederatedId") is string federated)
        {
            if (!call.Keys.Add("federated:" + federated))
            {
                return CventErrors.DuplicateUserKey;
            }

            if (await s.Command("SELECT pk FROM planner_users WHERE account_pk = @a AND federated_id = @f AND pk <> @self")
                    .With("@a", call.Call.AccountKey).With("@f", federated).With("@self", self ?? 0).ScalarInt64Async(ct) is not null)
            {
                return CventErrors.FederatedIdTaken;
            }
        }

        return null;
    }

    /// <summary>A change of a user's groups changes the user (its UserGroupDetail): its modification time moves.</summary>
    private async Task TouchUserAsync(SqlSession s, ContactCall call, long user, CancellationToken ct)
    {
        call.UserName ??= await s.Command("SELECT user_name FROM api_users WHERE pk = @u").With("@u", call.Call.ApiUserKey).ExecuteScalarAsync(ct) as string ?? "";
        await s.Command("UPDATE planner_users SET updated_at = @t, last_modified_by = @by WHERE pk = @u")
            .With("@t", Now).With("@by", call.UserName).With("@u", user).ExecuteNonQueryAsync(ct);
    }

    private static CventError NotAUser(string? id) =>
        CventErrors.InvalidUserId.WithDescription($"ID is not Valid: '{id}' is not a user of this account.");

    private async Task<long?> FindUserKeyAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct) =>
        await s.Command("SELECT u.pk FROM planner_users u WHERE u.account_pk = @a AND u.id = @id" + Dialect.LockRows("u"))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct);

    /// <summary>A stored user: its key, ID and the values of its writable fields (with <c>UserRoleId</c>), typed.</summary>
    private sealed record UserRow(long Key, CventId Id, Dictionary<string, object?> Values);

    private async Task<UserRow?> LoadUserAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct)
    {
        await using var reader = await s.Command(UserSelect + Dialect.LockRows("u")).With("@a", accountKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["UserRoleId"] = ReadId(reader, 1) };
        for (var i = 0; i < UserColumns.Count; i++)
        {
            var ordinal = i + 2;
            values[UserColumns[i].Field.Name] = reader.IsDBNull(ordinal) ? null : UserColumns[i].Field.Type switch
            {
                CvFieldType.Boolean => reader.GetInt64(ordinal) != 0,
                CvFieldType.DateTime => UnixTime.FromStored(reader.GetInt64(ordinal)),
                CvFieldType.Id => ReadId(reader, ordinal),
                _ => reader.GetString(ordinal),
            };
        }

        return new UserRow(reader.GetInt64(0), id, values);
    }

    private static CventId? ReadId(DbDataReader reader, int ordinal) =>
        !reader.IsDBNull(ordinal) && CventId.TryParse(Convert.ToString(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture), out var id) ? id : null;

    private DbCommand BindUser(DbCommand command, IReadOnlyDictionary<string, object?> values)
    {
        for (var i = 0; i < UserColumns.Count; i++)
        {
            command.With("@p" + i, values.GetValueOrDefault(UserColumns[i].Field.Name) switch
            {
                null => null,
                bool flag => flag ? 1 : 0,
                DateTimeOffset time => UnixTime.ToStored(time),
                CventId id => Dialect.IdValue(id),
                var value => value,
            });
        }

        return command;
    }
}
