namespace Breakout.Storage.Sql;

/// <summary>
/// The retention of the change feed (#21 item 5). Per account, the oldest rows are read in position order up to the
/// first one whose call is recent enough, and the rows before it are deleted, but never the account's last row (on
/// SQLite the next position is the highest plus one) nor a row after the lowest position a webhook subscription of the
/// account has delivered. So what is kept is always a run of consecutive positions, and a subscription never loses a
/// change it has not sent.
/// </summary>
public abstract partial class SqlStore : IChangeFeedRetention
{
    public async Task<int> PurgeChangesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken = default)
    {
        var cutoff = UnixTime.ToStored(before);
        var accounts = await ReadAsync<IReadOnlyList<(long Account, long Keep)>>(async (s, ct) =>
        {
            var found = new List<(long, long)>();
            var keys = new List<long>();
            await using (var reader = await s.Command("SELECT pk FROM accounts ORDER BY pk").ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    keys.Add(reader.GetInt64(0));
                }
            }

            foreach (var account in keys)
            {
                if (await PurgeBoundAsync(s, account, cutoff, limit, ct) is { } keep)
                {
                    found.Add((account, keep));
                }
            }

            return found;
        }, cancellationToken);

        var deleted = 0;
        foreach (var (account, keep) in accounts)
        {
            deleted += await WriteAsync((s, ct) => s.Command("DELETE FROM change_feed WHERE account_pk = @a AND position < @k").With("@a", account).With("@k", keep)
                .ExecuteNonQueryAsync(ct), cancellationToken);
        }

        return deleted;
    }

    public Task<long> FirstChangePositionAsync(long accountKey, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => await s.Command("SELECT MIN(position) FROM change_feed WHERE account_pk = @a").With("@a", accountKey).ScalarInt64Async(ct) ?? 0,
            cancellationToken);

    /// <summary>The first position of the account to keep, when rows before it may be purged (null when none may).</summary>
    private static async Task<long?> PurgeBoundAsync(SqlSession s, long account, long cutoff, int limit, CancellationToken ct)
    {
        var last = await s.Command("SELECT MAX(position) FROM change_feed WHERE account_pk = @a").With("@a", account).ScalarInt64Async(ct);
        if (last is null)
        {
            return null;
        }

        var keep = 0L;
        await using (var reader = await s.Command(
                "SELECT f.position, c.at FROM change_feed f JOIN api_calls c ON c.pk = f.call_pk WHERE f.account_pk = @a AND f.position IS NOT NULL " +
                "ORDER BY f.position LIMIT @n")
            .With("@a", account).With("@n", limit).ExecuteReaderAsync(ct))
        {
            var first = true;
            while (await reader.ReadAsync(ct))
            {
                var (position, at) = (reader.GetInt64(0), reader.GetInt64(1));
                if (first && at >= cutoff)
                {
                    return null;
                }

                first = false;
                if (at >= cutoff)
                {
                    break;
                }

                keep = Math.Min(last.Value, position + 1); // the rows before this one's successor; never the last
            }
        }

        // Undelivered changes stay: a subscription goes on from the position after its delivered one.
        if (await s.Command("SELECT MIN(delivered_position) FROM webhooks WHERE account_pk = @a").With("@a", account).ScalarInt64Async(ct) is { } delivered)
        {
            keep = Math.Min(keep, delivered + 1);
        }

        return await s.Command("SELECT 1 FROM change_feed WHERE account_pk = @a AND position < @k").With("@a", account).With("@k", keep).ScalarInt64Async(ct) is null
            ? null
            : keep;
    }
}
