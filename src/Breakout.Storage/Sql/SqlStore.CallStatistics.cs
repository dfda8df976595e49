using System.Data.Common;
using Breakout.Storage.Operators;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : ICallStatistics
{
    /// <summary>The account key stored for calls tied to no account (keys start at 1 in both stores).</summary>
    private const long NoAccount = 0;

    private const string FailedCallColumns =
        "f.pk, f.account_pk, f.at, f.operation, f.api_user_pk, f.result, f.codes, f.message, f.remote_address, f.items, u.user_name";

    public Task RecordCallsAsync(IReadOnlyList<CallCount> counts, IReadOnlyList<FailedCall> failures, DateTimeOffset keepFailuresSince, int keepCountsFromDay,
        CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            foreach (var count in counts)
            {
                await s.Command(
                        "INSERT INTO call_counts (account_pk, day, operation, result, code, calls) VALUES (@a, @d, @o, @r, @c, @n) " +
                        "ON CONFLICT (account_pk, day, operation, result, code) DO UPDATE SET calls = call_counts.calls + @n")
                    .With("@a", count.AccountKey ?? NoAccount).With("@d", count.Day).With("@o", count.Operation).With("@r", count.Result)
                    .With("@c", count.Code).With("@n", count.Calls).ExecuteNonQueryAsync(ct);
            }

            foreach (var failure in failures)
            {
                await s.Command(
                        "INSERT INTO failed_calls (account_pk, at, operation, api_user_pk, result, codes, message, remote_address, items) " +
                        "VALUES (@a, @t, @o, @u, @r, @c, @m, @ip, @i)")
                    .With("@a", failure.AccountKey ?? NoAccount).With("@t", UnixTime.ToStored(failure.At)).With("@o", failure.Operation)
                    .With("@u", failure.ApiUserKey).With("@r", failure.Result).With("@c", failure.Codes).With("@m", failure.Message)
                    .With("@ip", failure.RemoteAddress).With("@i", failure.Items).ExecuteNonQueryAsync(ct);
            }

            await s.Command("DELETE FROM failed_calls WHERE at < @t").With("@t", UnixTime.ToStored(keepFailuresSince)).ExecuteNonQueryAsync(ct);
            await s.Command("DELETE FROM call_counts WHERE day < @d").With("@d", keepCountsFromDay).ExecuteNonQueryAsync(ct);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<CallCount>> ListCallCountsAsync(long? accountKey, int day, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<CallCount>>(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    "SELECT operation, result, code, calls FROM call_counts WHERE account_pk = @a AND day = @d " +
                    $"ORDER BY {Dialect.Binary("operation")}, {Dialect.Binary("result")}, {Dialect.Binary("code")}")
                .With("@a", accountKey ?? NoAccount).With("@d", day).ExecuteReaderAsync(ct);
            var counts = new List<CallCount>();
            while (await reader.ReadAsync(ct))
            {
                counts.Add(new CallCount(accountKey, day, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }

            return counts;
        }, cancellationToken);

    public Task<IReadOnlyList<FailedCall>> ListFailedCallsAsync(long? accountKey, long beforeKey, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<FailedCall>>(async (s, ct) =>
        {
            // The user is looked up by key and account, so a key reused for another account's user never names it.
            await using var reader = await s.Command(
                    $"SELECT {FailedCallColumns} FROM failed_calls f LEFT JOIN api_users u ON u.pk = f.api_user_pk AND u.account_pk = f.account_pk " +
                    "WHERE f.account_pk = @a AND f.pk < @before ORDER BY f.pk DESC LIMIT @n")
                .With("@a", accountKey ?? NoAccount).With("@before", beforeKey).With("@n", limit).ExecuteReaderAsync(ct);
            var failures = new List<FailedCall>();
            while (await reader.ReadAsync(ct))
            {
                failures.Add(ReadFailedCall(reader));
            }

            return failures;
        }, cancellationToken);

    private static FailedCall ReadFailedCall(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1) is var account && account == NoAccount ? null : account,
        UnixTime.FromStored(reader.GetInt64(2)),
        reader.GetString(3),
        reader.GetNullableInt64(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetNullableString(7),
        reader.GetNullableString(8),
        reader.IsDBNull(9) ? null : reader.GetInt32(9),
        reader.GetNullableString(10));
}
