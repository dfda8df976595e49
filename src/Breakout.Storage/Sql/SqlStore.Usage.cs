namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    public Task<long?> CountApiCallAsync(long accountKey, int day, long limit, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) => await s.Command(
                "INSERT INTO api_usage (account_pk, day, calls) VALUES (@a, @d, 1) " +
                "ON CONFLICT (account_pk, day) DO UPDATE SET calls = api_usage.calls + 1 WHERE api_usage.calls < @limit RETURNING calls")
            .With("@a", accountKey).With("@d", day).With("@limit", limit).ScalarInt64Async(ct), cancellationToken);

    public Task AddApiCallsAsync(long accountKey, int day, long calls, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) => await s.Command(
                "INSERT INTO api_usage (account_pk, day, calls) VALUES (@a, @d, @n) " +
                "ON CONFLICT (account_pk, day) DO UPDATE SET calls = api_usage.calls + @n RETURNING calls")
            .With("@a", accountKey).With("@d", day).With("@n", calls).ScalarInt64Async(ct), cancellationToken);

    public Task<long> GetApiCallsAsync(long accountKey, int day, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => await s.Command("SELECT calls FROM api_usage WHERE account_pk = @a AND day = @d")
            .With("@a", accountKey).With("@d", day).ScalarInt64Async(ct) ?? 0, cancellationToken);
}
