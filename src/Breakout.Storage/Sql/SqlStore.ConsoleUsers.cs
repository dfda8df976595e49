using System.Data.Common;
using Breakout.Domain.Access;
using Breakout.Storage.Operators;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : IConsoleUsers
{
    private const string ConsoleUserColumns = "pk, user_name, password_hash, failed_logins, locked_until, last_login_at, created_at";

    public Task<ConsoleUserRecord> SaveConsoleUserAsync(string userName, string passwordHash, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    "INSERT INTO console_users (user_name, password_hash, created_at) VALUES (@u, @h, @t) " +
                    "ON CONFLICT (user_name) DO UPDATE SET password_hash = @h, failed_logins = 0, locked_until = NULL " +
                    $"RETURNING {ConsoleUserColumns}")
                .With("@u", userName).With("@h", passwordHash).With("@t", Now).ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return ReadConsoleUser(reader);
        }, cancellationToken);

    public Task<ConsoleUserRecord?> FindConsoleUserAsync(string userName, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) =>
        {
            await using var reader = await s.Command($"SELECT {ConsoleUserColumns} FROM console_users WHERE user_name = @u")
                .With("@u", userName).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadConsoleUser(reader) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<ConsoleUserRecord>> ListConsoleUsersAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ConsoleUserRecord>>(async (s, ct) =>
        {
            await using var reader = await s.Command($"SELECT {ConsoleUserColumns} FROM console_users ORDER BY {Dialect.Binary("user_name")}").ExecuteReaderAsync(ct);
            var users = new List<ConsoleUserRecord>();
            while (await reader.ReadAsync(ct))
            {
                users.Add(ReadConsoleUser(reader));
            }

            return users;
        }, cancellationToken);

    public Task<bool> DeleteConsoleUserAsync(string userName, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) => await s.Command("DELETE FROM console_users WHERE user_name = @u").With("@u", userName).ExecuteNonQueryAsync(ct) > 0,
            cancellationToken);

    public Task<ConsoleUserRecord?> UnlockConsoleUserAsync(string userName, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            await using var reader = await s.Command($"UPDATE console_users SET failed_logins = 0, locked_until = NULL WHERE user_name = @u RETURNING {ConsoleUserColumns}")
                .With("@u", userName).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadConsoleUser(reader) : null;
        }, cancellationToken);

    public Task<ConsoleUserRecord> RecordConsoleSignInFailureAsync(long consoleUserKey, LoginPolicy policy, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            await using var reader = await FailedLoginCommand(s, "console_users", ConsoleUserColumns, consoleUserKey, policy).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadConsoleUser(reader) : throw new InvalidOperationException($"Console user {consoleUserKey} does not exist.");
        }, cancellationToken);

    public Task RecordConsoleSignInAsync(long consoleUserKey, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) => await s.Command("UPDATE console_users SET failed_logins = 0, locked_until = NULL, last_login_at = @t WHERE pk = @pk")
            .With("@t", Now).With("@pk", consoleUserKey).ExecuteNonQueryAsync(ct), cancellationToken);

    public Task RecordConsoleActionAsync(ConsoleAction action, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) => await s.Command(
                "INSERT INTO console_audit (at, user_name, account_number, action, target, detail, call_id) VALUES (@t, @u, @a, @x, @g, @d, @c)")
            .With("@t", UnixTime.ToStored(action.At)).With("@u", action.UserName).With("@a", action.AccountNumber).With("@x", action.Action)
            .With("@g", action.Target).With("@d", action.Detail).With("@c", action.CallId?.ToString()).ExecuteNonQueryAsync(ct), cancellationToken);

    public Task<IReadOnlyList<ConsoleAction>> RecentConsoleActionsAsync(int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ConsoleAction>>(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    "SELECT at, user_name, account_number, action, target, detail, call_id FROM console_audit ORDER BY at DESC, pk DESC LIMIT @n")
                .With("@n", limit).ExecuteReaderAsync(ct);
            var actions = new List<ConsoleAction>();
            while (await reader.ReadAsync(ct))
            {
                actions.Add(new ConsoleAction(
                    UnixTime.FromStored(reader.GetInt64(0)), reader.GetString(1), reader.GetNullableString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetNullableString(6) is { } call ? Guid.Parse(call) : null));
            }

            return actions;
        }, cancellationToken);

    public Task<long> ConsoleApiUserAsync(long accountKey, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            // Disabled, with a password hash no password matches: Login refuses it whatever is sent.
            await s.Command(
                    "INSERT INTO api_users (account_pk, user_name, password_hash, allowed_ips, active, created_at) VALUES (@a, @u, '', '', 0, @t) " +
                    "ON CONFLICT (account_pk, user_name) DO NOTHING")
                .With("@a", accountKey).With("@u", IConsoleUsers.ConsoleApiUserName).With("@t", Now).ExecuteNonQueryAsync(ct);
            // Only the disabled one: an enabled user of that name (made before the CLI reserved it) is someone's login.
            return await s.Command("SELECT pk FROM api_users WHERE account_pk = @a AND user_name = @u AND active = 0")
                    .With("@a", accountKey).With("@u", IConsoleUsers.ConsoleApiUserName).ScalarInt64Async(ct)
                ?? throw new InvalidOperationException(
                    $"The account's API user {IConsoleUsers.ConsoleApiUserName} is enabled; console changes are recorded under it only while it cannot log in " +
                    "(breakout user disable).");
        }, cancellationToken);

    private static ConsoleUserRecord ReadConsoleUser(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3), UnixTime.FromStored(reader.GetNullableInt64(4)),
        UnixTime.FromStored(reader.GetNullableInt64(5)), UnixTime.FromStored(reader.GetInt64(6)));
}
