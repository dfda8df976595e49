using System.Data.Common;
using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>
/// Webhook subscriptions (#21; migrations 0020 SQLite, 0024 PostgreSQL). One node at a time delivers a subscription:
/// it takes the subscription's lease with a conditional UPDATE (PostgreSQL re-checks the condition on the row's latest
/// version after waiting for a concurrent taker, so two nodes cannot both win), and every attempt it records moves the
/// subscription on only while that node still holds the lease.
/// </summary>
public abstract partial class SqlStore : IWebhooks
{
    private const string WebhookSelect =
        "SELECT w.pk, w.account_pk, a.account_number, w.id, w.url, w.secret, w.created_at, w.state, w.delivered_position, w.failures, " +
        "w.next_attempt_at, w.last_error FROM webhooks w JOIN accounts a ON a.pk = w.account_pk ";

    public Task<WebhookRecord> CreateWebhookAsync(long accountKey, string url, string secret, long? after, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            var id = CventId.New();
            var from = after ?? await s.Command("SELECT MAX(position) FROM change_feed WHERE account_pk = @a").With("@a", accountKey).ScalarInt64Async(ct) ?? 0;
            await s.Command(
                    "INSERT INTO webhooks (account_pk, id, url, secret, created_at, delivered_position, next_attempt_at) VALUES (@a, @id, @u, @s, @t, @p, @t)")
                .With("@a", accountKey).With("@id", Dialect.IdValue(id)).With("@u", url).With("@s", secret).With("@t", Now).With("@p", from)
                .ExecuteNonQueryAsync(ct);
            return (await ReadWebhooksAsync(s.Command(WebhookSelect + "WHERE w.id = @id").With("@id", Dialect.IdValue(id)), ct))[0];
        }, cancellationToken);

    public Task<IReadOnlyList<WebhookRecord>> ListWebhooksAsync(long? accountKey, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => await ReadWebhooksAsync(
            accountKey is { } account
                ? s.Command(WebhookSelect + "WHERE w.account_pk = @a ORDER BY w.pk").With("@a", account)
                : s.Command(WebhookSelect + "ORDER BY w.pk"), ct), cancellationToken);

    public Task<WebhookRecord?> FindWebhookAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => (await ReadWebhooksAsync(s.Command(WebhookSelect + "WHERE w.id = @id").With("@id", Dialect.IdValue(new CventId(id))), ct))
            .SingleOrDefault(), cancellationToken);

    public Task<bool> DeleteWebhookAsync(Guid id, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            var idValue = Dialect.IdValue(new CventId(id));
            await s.Command("DELETE FROM webhook_deliveries WHERE webhook_pk IN (SELECT pk FROM webhooks WHERE id = @id)").With("@id", idValue).ExecuteNonQueryAsync(ct);
            return await s.Command("DELETE FROM webhooks WHERE id = @id").With("@id", idValue).ExecuteNonQueryAsync(ct) == 1;
        }, cancellationToken);

    public Task<WebhookRecord?> RedeliverWebhookAsync(Guid id, long? after, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            var idValue = Dialect.IdValue(new CventId(id));
            var rewind = after is null ? "" : ", delivered_position = @p";
            var command = s.Command($"UPDATE webhooks SET state = 0, failures = 0, next_attempt_at = @t, last_error = NULL{rewind} WHERE id = @id")
                .With("@t", Now).With("@id", idValue);
            if (after is { } position)
            {
                command.With("@p", position);
            }

            return await command.ExecuteNonQueryAsync(ct) == 1
                ? (await ReadWebhooksAsync(s.Command(WebhookSelect + "WHERE w.id = @id").With("@id", idValue), ct))[0]
                : null;
        }, cancellationToken);

    public Task<IReadOnlyList<WebhookDeliveryRecord>> ListWebhookDeliveriesAsync(Guid id, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<WebhookDeliveryRecord>>(async (s, ct) =>
        {
            await using var reader = await s.Command(
                    "SELECT d.position, d.attempt, d.at, d.status_code, d.error, d.delivered FROM webhook_deliveries d JOIN webhooks w ON w.pk = d.webhook_pk " +
                    "WHERE w.id = @id ORDER BY d.pk DESC LIMIT @n")
                .With("@id", Dialect.IdValue(new CventId(id))).With("@n", limit).ExecuteReaderAsync(ct);
            var log = new List<WebhookDeliveryRecord>();
            while (await reader.ReadAsync(ct))
            {
                log.Add(new WebhookDeliveryRecord(
                    reader.GetInt64(0), (int)reader.GetInt64(1), UnixTime.FromStored(reader.GetInt64(2)),
                    reader.IsDBNull(3) ? null : (int)reader.GetInt64(3), reader.GetNullableString(4), reader.GetBoolean(5)));
            }

            log.Reverse();
            return log;
        }, cancellationToken);

    public async Task<IReadOnlyList<WebhookRecord>> LeaseDueWebhooksAsync(string node, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        // Every node polls: a read first, so that a server without due subscriptions writes nothing.
        var due = await ReadAsync(async (s, ct) => await s.Command("SELECT MIN(pk) FROM webhooks WHERE state = 0 AND next_attempt_at <= @now")
            .With("@now", Now).ScalarInt64Async(ct), cancellationToken);
        return due is null ? [] : await LeaseAsync(node, lease, limit, cancellationToken);
    }

    private Task<IReadOnlyList<WebhookRecord>> LeaseAsync(string node, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
        WriteAsync(async (s, ct) =>
        {
            var now = Now;
            var until = now + (long)lease.TotalMilliseconds;
            // The lease conditions are on the updated row itself, not in a subquery: PostgreSQL re-checks them on the
            // row's latest version when another node took the lease meanwhile.
            await s.Command(
                    "UPDATE webhooks SET lease_owner = @node, lease_until = @until WHERE state = 0 AND next_attempt_at <= @now " +
                    "AND (lease_owner IS NULL OR lease_owner = @node OR lease_until < @now) " +
                    "AND EXISTS (SELECT 1 FROM change_feed f WHERE f.account_pk = webhooks.account_pk AND f.position > webhooks.delivered_position)")
                .With("@node", node).With("@until", until).With("@now", now).ExecuteNonQueryAsync(ct);
            return await ReadWebhooksAsync(
                s.Command(WebhookSelect + "WHERE w.lease_owner = @node AND w.lease_until = @until AND w.state = 0 ORDER BY w.pk LIMIT @n")
                    .With("@node", node).With("@until", until).With("@n", limit), ct);
        }, cancellationToken);

    public Task<bool> RecordWebhookAttemptAsync(long webhookKey, string node, WebhookAttempt attempt, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            var updated = attempt.Delivered
                ? s.Command("UPDATE webhooks SET delivered_position = @p, failures = 0, last_error = NULL WHERE pk = @k AND lease_owner = @node AND state = 0 AND delivered_position < @p")
                    .With("@p", attempt.Position)
                : s.Command("UPDATE webhooks SET failures = failures + 1, next_attempt_at = @next, state = @state, last_error = @e WHERE pk = @k AND lease_owner = @node AND state = 0")
                    .With("@next", UnixTime.ToStored(attempt.NextAttemptAt)).With("@state", attempt.Dead ? 1 : 0).With("@e", attempt.Error);
            if (await updated.With("@k", webhookKey).With("@node", node).ExecuteNonQueryAsync(ct) != 1)
            {
                return false;
            }

            await s.Command(
                    "INSERT INTO webhook_deliveries (webhook_pk, position, attempt, at, status_code, error, delivered) VALUES (@k, @p, @n, @t, @c, @e, @d)")
                .With("@k", webhookKey).With("@p", attempt.Position).With("@n", attempt.Attempt).With("@t", UnixTime.ToStored(attempt.At))
                .With("@c", attempt.StatusCode).With("@e", attempt.Error).With("@d", attempt.Delivered).ExecuteNonQueryAsync(ct);
            return true;
        }, cancellationToken);

    private static async Task<IReadOnlyList<WebhookRecord>> ReadWebhooksAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var webhooks = new List<WebhookRecord>();
        while (await reader.ReadAsync(ct))
        {
            webhooks.Add(new WebhookRecord(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetGuid(3), reader.GetString(4), reader.GetString(5),
                UnixTime.FromStored(reader.GetInt64(6)), reader.GetInt64(7) != 0, reader.GetInt64(8), (int)reader.GetInt64(9),
                UnixTime.FromStored(reader.GetInt64(10)), reader.GetNullableString(11)));
        }

        return webhooks;
    }
}
