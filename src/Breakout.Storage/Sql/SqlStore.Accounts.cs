using System.Data.Common;
using Breakout.Domain.Access;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    private const string ApiUserColumns = "u.pk, u.account_pk, u.user_name, u.password_hash, u.allowed_ips, u.active, u.failed_logins, u.locked_until";
    private const string ApiUserReturning = "pk, account_pk, user_name, password_hash, allowed_ips, active, failed_logins, locked_until";

    public Task<AccountRecord> CreateAccountAsync(string accountNumber, string name, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            var key = await s.Command("INSERT INTO accounts (account_number, name, created_at) VALUES (@n, @name, @t) RETURNING pk")
                .With("@n", accountNumber).With("@name", name).With("@t", Now).ScalarInt64Async(ct);
            return new AccountRecord(key!.Value, accountNumber, name);
        }, cancellationToken);

    public Task<AccountRecord?> FindAccountAsync(string accountNumber, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) =>
        {
            await using var reader = await s.Command("SELECT pk, account_number, name FROM accounts WHERE account_number = @n")
                .With("@n", accountNumber).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? new AccountRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
        }, cancellationToken);

    public Task<ApiUserRecord> CreateApiUserAsync(long accountKey, string userName, string passwordHash, string allowedIps, CancellationToken cancellationToken = default) =>
        ForgettingTokensAsync(WriteAsync(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    "INSERT INTO api_users AS u (account_pk, user_name, password_hash, allowed_ips, active, failed_logins, created_at) " +
                    "VALUES (@a, @u, @h, @ips, 1, 0, @t) " +
                    "ON CONFLICT (account_pk, user_name) DO UPDATE SET password_hash = excluded.password_hash, allowed_ips = excluded.allowed_ips, active = 1, failed_logins = 0, locked_until = NULL " +
                    $"RETURNING {ApiUserReturning}")
                .With("@a", accountKey).With("@u", userName).With("@h", passwordHash).With("@ips", allowedIps).With("@t", Now)
                .ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return ReadApiUser(reader);
        }, cancellationToken));

    public Task<ApiUserRecord?> FindApiUserAsync(string accountNumber, string userName, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    $"SELECT {ApiUserColumns} FROM api_users u JOIN accounts a ON a.pk = u.account_pk WHERE a.account_number = @n AND u.user_name = @u")
                .With("@n", accountNumber).With("@u", userName).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadApiUser(reader) : null;
        }, cancellationToken);

    // Tokens remembered stay valid: failures and lockouts change no column a token lookup reads (a lockout refuses
    // logins, not the tokens already issued), so a flood of failed logins cannot empty the token memory.
    public Task<ApiUserRecord> RecordFailedLoginAsync(long apiUserKey, LoginPolicy policy, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            await using var reader = await FailedLoginCommand(s, "api_users", ApiUserReturning, apiUserKey, policy).ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return ReadApiUser(reader);
        }, cancellationToken);

    /// <summary>
    /// Counts a failed login of the row <paramref name="key"/> of <paramref name="table"/> (API users, console users).
    /// A lockout that has run out starts a fresh count; the count and the lock change in one statement, so concurrent
    /// failures on several nodes are all counted.
    /// </summary>
    private DbCommand FailedLoginCommand(SqlSession s, string table, string returning, long key, LoginPolicy policy)
    {
        const string Fresh = "(u.locked_until IS NOT NULL AND u.locked_until <= @now)";
        return s.Command(
                $"UPDATE {table} AS u SET failed_logins = CASE WHEN {Fresh} THEN 1 ELSE u.failed_logins + 1 END, " +
                $"locked_until = CASE WHEN (CASE WHEN {Fresh} THEN 1 ELSE u.failed_logins + 1 END) >= @max THEN @until " +
                $"WHEN {Fresh} THEN NULL ELSE u.locked_until END " +
                $"WHERE u.pk = @pk RETURNING {returning}")
            .With("@now", Now).With("@max", policy.MaxFailedLogins)
            .With("@until", UnixTime.ToStored(Time.GetUtcNow() + policy.LockoutDuration)).With("@pk", key);
    }

    public Task RecordSuccessfulLoginAsync(long apiUserKey, string tokenHash, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        ForgettingTokensAsync(WriteAsync(async (s, ct) =>
        {
            await s.Command("UPDATE api_users SET failed_logins = 0, locked_until = NULL WHERE pk = @pk")
                .With("@pk", apiUserKey).ExecuteNonQueryAsync(ct);
            // Expired tokens are kept for a day so that using one is answered "Session expired", then purged.
            await s.Command("DELETE FROM login_tokens WHERE api_user_pk = @pk AND expires_at < @old")
                .With("@pk", apiUserKey).With("@old", Now - (long)TimeSpan.FromDays(1).TotalMilliseconds).ExecuteNonQueryAsync(ct);
            await s.Command(
                    "INSERT INTO login_tokens (token_hash, account_pk, api_user_pk, created_at, expires_at) " +
                    "SELECT @h, account_pk, pk, @t, @e FROM api_users WHERE pk = @pk")
                .With("@h", tokenHash).With("@t", Now).With("@e", UnixTime.ToStored(expiresAt)).With("@pk", apiUserKey)
                .ExecuteNonQueryAsync(ct);
            return true;
        }, cancellationToken));

    /// <summary>The token's grant; answered from memory for up to <see cref="TokenCacheLifetime"/> after a read (see there).</summary>
    public async Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        if (TryRememberedToken(tokenHash, out var remembered))
        {
            return remembered;
        }

        var (readAt, generation) = (Time.GetUtcNow(), Interlocked.Read(ref tokenGeneration));
        var token = await ReadAsync(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    "SELECT t.account_pk, t.api_user_pk, u.allowed_ips, u.active, t.expires_at, a.account_number FROM login_tokens t " +
                    "JOIN api_users u ON u.pk = t.api_user_pk JOIN accounts a ON a.pk = t.account_pk WHERE t.token_hash = @h")
                .With("@h", tokenHash).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new TokenRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3) != 0, UnixTime.FromStored(reader.GetInt64(4)), reader.GetString(5))
                : null;
        }, cancellationToken);
        if (token is not null)
        {
            RememberToken(tokenHash, token, readAt, generation);
        }

        return token;
    }

    private static ApiUserRecord ReadApiUser(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetInt64(5) != 0, (int)reader.GetInt64(6), UnixTime.FromStored(reader.GetNullableInt64(7)));
}
