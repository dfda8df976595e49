using Breakout.Domain;
using Breakout.Domain.Email;

namespace Breakout.Storage;

/// <summary>
/// SendEmail's outbox. A call writes, in its own transaction, one EventEmailHistory row and one outbox message per
/// recipient; the host's sender (only when an SMTP relay is configured) claims queued messages under a lease, so two
/// nodes on one database never hold the same message, and records each attempt's outcome.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>SendEmail: one result per recipient, in order; the messages are queued once the task completes.</summary>
    Task<IReadOnlyList<ItemResult>> SendEmailAsync(SendEmailCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> queued messages that are due and not leased (or whose lease ran out) for
    /// <paramref name="node"/> until now + <paramref name="lease"/>, counting the attempt; oldest first.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(string node, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the outcome of the attempt on a claimed message; false (nothing written) when <paramref name="node"/> no
    /// longer holds its lease.
    /// </summary>
    Task<bool> RecordAttemptAsync(long messageKey, string node, OutboxAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>The outbox, newest first: of one account or all, of one status or all, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(long? accountKey, OutboxStatus? status, int limit, CancellationToken cancellationToken = default);
}
