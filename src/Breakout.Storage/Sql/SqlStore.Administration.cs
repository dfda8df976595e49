using System.Data.Common;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : IAccountAdministration
{
    // Per account: API users, events, sessions, contacts not deleted, invitees, guests, logged calls. The last four
    // are the kept counts (migrations 0034 SQLite, 0037 PostgreSQL: one row per account on SQLite, rows of differences
    // summed on PostgreSQL), not COUNT(*) over up to hundreds of thousands of rows; the first three are few per account.
    private const string ContentsColumns =
        "(SELECT COUNT(*) FROM api_users x WHERE x.account_pk = a.pk AND x.user_name <> '" + ImportApiUserName + "'), (SELECT COUNT(*) FROM events x WHERE x.account_pk = a.pk), " +
        "(SELECT COUNT(*) FROM sessions x WHERE x.account_pk = a.pk), " +
        "COALESCE(n.contacts, 0), COALESCE(n.invitees, 0), COALESCE(n.guests, 0), COALESCE(n.api_calls, 0)";

    // Joined as n to the accounts a: an account's kept counts.
    private const string KeptCounts =
        "LEFT JOIN (SELECT account_pk, CAST(SUM(contacts) AS BIGINT) AS contacts, CAST(SUM(invitees) AS BIGINT) AS invitees, " +
        "CAST(SUM(guests) AS BIGINT) AS guests, CAST(SUM(api_calls) AS BIGINT) AS api_calls FROM account_counts GROUP BY account_pk) n ON n.account_pk = a.pk";

    // Children before parents: the audit log and seats first (PostgreSQL's triggers refuse to delete what they name),
    // guests before their invitees.
    private static readonly string[] DeleteAccountStatements =
    [
        .. ChangeFeedDeleteAccountStatements(), // #21 change feed
        // #18: custom field values, internal answers and registration types name imported rows and registrants.
        "DELETE FROM field_changes WHERE call_pk IN (SELECT pk FROM api_calls WHERE account_pk = @a)",
        "DELETE FROM custom_field_values WHERE account_pk = @a",
        "DELETE FROM invitee_internal_answers WHERE registrant_pk IN (SELECT pk FROM registrants WHERE account_pk = @a)",
        "DELETE FROM registration_type_sessions WHERE registration_type_pk IN (SELECT pk FROM registration_types WHERE account_pk = @a)",
        "UPDATE registrants SET registration_type_pk = NULL WHERE account_pk = @a AND registration_type_pk IS NOT NULL",
        "DELETE FROM registration_types WHERE account_pk = @a",

        // The imported types first, details before their objects and objects before the ones they name.
        "DELETE FROM response_answers WHERE detail_pk IN (SELECT x.pk FROM response_details x JOIN responses o ON o.pk = x.response_pk WHERE o.account_pk = @a)", // #17 part B
        .. SqlObjectTables.NestedDetails.Reverse().Select(n => n.DeleteAccount()), // #17 nested details, innermost first
        .. SqlObjectTables.Details.Select(d => $"DELETE FROM {d.Table} WHERE {d.ParentColumn} IN (SELECT pk FROM {d.Parent.Table} WHERE account_pk = @a)"),
        .. SqlObjectTables.All.Reverse().Select(t => $"DELETE FROM {t.Table} WHERE account_pk = @a"),

        .. ObjectChangesDeleteAccountStatements(), // #18
        .. EventParameterDeleteStatements(), // #18 events
        "DELETE FROM registration_history WHERE call_pk IN (SELECT pk FROM api_calls WHERE account_pk = @a) " +
            "OR session_pk IN (SELECT pk FROM sessions WHERE account_pk = @a) OR registrant_pk IN (SELECT pk FROM registrants WHERE account_pk = @a)",
        "DELETE FROM registrant_history WHERE call_pk IN (SELECT pk FROM api_calls WHERE account_pk = @a) " +
            "OR session_pk IN (SELECT pk FROM sessions WHERE account_pk = @a) OR registrant_pk IN (SELECT pk FROM registrants WHERE account_pk = @a)",
        "DELETE FROM session_registrations WHERE session_pk IN (SELECT pk FROM sessions WHERE account_pk = @a) " +
            "OR registrant_pk IN (SELECT pk FROM registrants WHERE account_pk = @a)",
        "DELETE FROM session_waitlist WHERE session_pk IN (SELECT pk FROM sessions WHERE account_pk = @a) " +
            "OR registrant_pk IN (SELECT pk FROM registrants WHERE account_pk = @a)",
        "DELETE FROM api_calls WHERE account_pk = @a",
        "DELETE FROM login_tokens WHERE account_pk = @a",
        "DELETE FROM api_users WHERE account_pk = @a",
        "DELETE FROM registrants WHERE account_pk = @a AND invitee_pk IS NOT NULL",
        "DELETE FROM registrants WHERE account_pk = @a",
        "DELETE FROM sessions WHERE account_pk = @a",
        "DELETE FROM events WHERE account_pk = @a",
        "DELETE FROM contacts WHERE account_pk = @a",
        "DELETE FROM deleted_objects WHERE account_pk = @a",
        "DELETE FROM api_usage WHERE account_pk = @a",
        "DELETE FROM call_counts WHERE account_pk = @a",
        "DELETE FROM failed_calls WHERE account_pk = @a",
        "DELETE FROM idempotency_keys WHERE account_pk = @a",
        "DELETE FROM account_counts WHERE account_pk = @a", // after every counted row: their deletions count on it
        "DELETE FROM accounts WHERE pk = @a",
    ];

    public Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<AccountSummary>>(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    $"SELECT a.pk, a.account_number, a.name, a.created_at, {ContentsColumns} FROM accounts a {KeptCounts} ORDER BY {Dialect.Binary("a.account_number")}")
                .ExecuteReaderAsync(ct);
            var accounts = new List<AccountSummary>();
            while (await reader.ReadAsync(ct))
            {
                accounts.Add(new AccountSummary(
                    new AccountRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)),
                    UnixTime.FromStored(reader.GetInt64(3)),
                    ReadContents(reader, 4)));
            }

            return accounts;
        }, cancellationToken);

    public Task<IReadOnlyList<ApiUserSummary>> ListApiUsersAsync(long accountKey, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ApiUserSummary>>(async (s, ct) =>
        {
            // The import's API user (the change feed's record of imports) is no one's login: not listed.
            // The newest token is never purged (only tokens expired a day before a newer login are), so its
            // creation is the last successful login.
            await using var reader = await s.Command(
                    $"SELECT {ApiUserColumns}, u.created_at, (SELECT MAX(t.created_at) FROM login_tokens t WHERE t.api_user_pk = u.pk) " +
                    $"FROM api_users u WHERE u.account_pk = @a AND u.user_name <> @import ORDER BY {Dialect.Binary("u.user_name")}")
                .With("@a", accountKey).With("@import", ImportApiUserName).ExecuteReaderAsync(ct);
            var users = new List<ApiUserSummary>();
            while (await reader.ReadAsync(ct))
            {
                users.Add(new ApiUserSummary(ReadApiUser(reader), UnixTime.FromStored(reader.GetInt64(8)), UnixTime.FromStored(reader.GetNullableInt64(9))));
            }

            return users;
        }, cancellationToken);

    public Task<ApiUserRecord> UnlockApiUserAsync(long apiUserKey, CancellationToken cancellationToken = default) =>
        UpdateApiUserAsync("failed_logins = 0, locked_until = NULL", apiUserKey, null, cancellationToken);

    public Task<ApiUserRecord> SetApiUserPasswordAsync(long apiUserKey, string passwordHash, CancellationToken cancellationToken = default) =>
        UpdateApiUserAsync("password_hash = @v, failed_logins = 0, locked_until = NULL", apiUserKey, passwordHash, cancellationToken);

    public Task<ApiUserRecord> SetApiUserActiveAsync(long apiUserKey, bool active, CancellationToken cancellationToken = default) =>
        UpdateApiUserAsync("active = @v", apiUserKey, active ? 1 : 0, cancellationToken);

    public Task<long> DeleteApiUserAsync(long apiUserKey, CancellationToken cancellationToken = default) =>
        ForgettingTokensAsync(WriteAsync(async (s, ct) =>
        {
            var calls = await s.Command("SELECT COUNT(*) FROM api_calls WHERE api_user_pk = @pk").With("@pk", apiUserKey).ScalarInt64Async(ct) ?? 0;
            if (calls > 0)
            {
                return calls;
            }

            await s.Command("DELETE FROM login_tokens WHERE api_user_pk = @pk").With("@pk", apiUserKey).ExecuteNonQueryAsync(ct);
            await s.Command("DELETE FROM api_users WHERE pk = @pk").With("@pk", apiUserKey).ExecuteNonQueryAsync(ct);
            return 0L;
        }, cancellationToken));

    public Task<AccountDeletion> DeleteAccountAsync(long accountKey, bool force, CancellationToken cancellationToken = default) =>
        ForgettingTokensAsync(WriteAsync(async (s, ct) =>
        {
            AccountContents contents;
            await using (var reader = await s.Command($"SELECT {ContentsColumns} FROM accounts a {KeptCounts} WHERE a.pk = @a").With("@a", accountKey).ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct))
                {
                    return new AccountDeletion(false, new AccountContents(0, 0, 0, 0, 0, 0, 0));
                }

                contents = ReadContents(reader, 0);
            }

            if (contents.HasData && !force)
            {
                return new AccountDeletion(false, contents);
            }

            foreach (var sql in DeleteAccountStatements)
            {
                await s.Command(sql).With("@a", accountKey).ExecuteNonQueryAsync(ct);
            }

            return new AccountDeletion(true, contents);
        }, cancellationToken));

    private Task<ApiUserRecord> UpdateApiUserAsync(string assignments, long apiUserKey, object? value, CancellationToken cancellationToken) =>
        ForgettingTokensAsync(WriteAsync(async (s, ct) =>
        {
            var command = s.Command($"UPDATE api_users AS u SET {assignments} WHERE u.pk = @pk RETURNING {ApiUserReturning}").With("@pk", apiUserKey);
            if (value is not null)
            {
                command.With("@v", value);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadApiUser(reader) : throw new InvalidOperationException($"API user {apiUserKey} does not exist.");
        }, cancellationToken));

    private static AccountContents ReadContents(DbDataReader reader, int first) => new(
        reader.GetInt64(first), reader.GetInt64(first + 1), reader.GetInt64(first + 2), reader.GetInt64(first + 3),
        reader.GetInt64(first + 4), reader.GetInt64(first + 5), reader.GetInt64(first + 6));
}
