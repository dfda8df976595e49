using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>Read-only reports for operators (the <c>breakout report</c> commands).</summary>
public interface ISessionReports
{
    /// <summary>
    /// Every session of the account (or of one of its events), by event then start time and name, with its seats
    /// taken and waitlist. Null when <paramref name="eventId"/> names no event of the account.
    /// </summary>
    Task<IReadOnlyList<SessionFill>?> SessionFillAsync(long accountKey, CventId? eventId, CancellationToken cancellationToken = default);
}
