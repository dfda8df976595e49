using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>
/// Registrations as they were at a past instant, rebuilt from the registration history the store keeps (every
/// registration, unregistration, waitlist move and promotion, with the time of the call that made it).
/// </summary>
public interface IRegistrationHistory
{
    /// <summary>
    /// Every seat and waitlist place of the account at <paramref name="at"/> (changes made at that millisecond
    /// included), in the shape of <see cref="IBreakoutStore.ExportRegistrationsAsync"/>, by event ID, session name,
    /// placement, waitlist position and name: a seat's or place's time is when it was taken, waitlist positions count
    /// from 1 in the order people joined. Names are today's.
    /// </summary>
    IAsyncEnumerable<RegistrationRow> ExportRegistrationsAtAsync(long accountKey, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same replay for one session of the account (the console's "as at" view): its rows of
    /// <see cref="ExportRegistrationsAtAsync(long, DateTimeOffset, CancellationToken)"/>, read from that session's
    /// history only; none when the account has no such session.
    /// </summary>
    IAsyncEnumerable<RegistrationRow> ExportRegistrationsAtAsync(long accountKey, DateTimeOffset at, CventId sessionId, CancellationToken cancellationToken = default);
}
