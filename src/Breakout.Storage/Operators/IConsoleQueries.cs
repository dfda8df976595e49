using Breakout.Domain;

namespace Breakout.Storage.Operators;

/// <summary>
/// What the operator console reads beyond the reports and administration lists. Every list is paged by the store, on
/// an indexed column, so a page costs the same with 200 or 200,000 registrants.
/// </summary>
public interface IConsoleQueries
{
    /// <summary>
    /// The account's events whose title contains <paramref name="titleContains"/> (any, when null), by start and
    /// title, from <paramref name="offset"/>, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<EventListing>> ListEventsAsync(long accountKey, string? titleContains, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>One session's fill, group and included flag; null when the account has no session of that ID.</summary>
    Task<SessionFill?> FindSessionFillAsync(long accountKey, CventId sessionId, CancellationToken cancellationToken = default);

    /// <summary>The registrants holding seats of a session, by <see cref="SessionPlace.Key"/> after <paramref name="afterKey"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SessionPlace>> ListSeatsAsync(long accountKey, CventId sessionId, long afterKey, int limit, CancellationToken cancellationToken = default);

    /// <summary>A session's waitlist in order, from the position after <paramref name="afterPosition"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SessionPlace>> ListWaitlistAsync(long accountKey, CventId sessionId, int afterPosition, int limit, CancellationToken cancellationToken = default);

    /// <summary>An invitee or guest of the account by ID, or by confirmation number (the first of any event).</summary>
    Task<RegistrantListing?> FindRegistrantAsync(long accountKey, string idOrConfirmationNumber, CancellationToken cancellationToken = default);

    /// <summary>Every session change of a registrant, oldest first.</summary>
    Task<IReadOnlyList<TimelineEntry>> RegistrantTimelineAsync(long accountKey, CventId registrantId, CancellationToken cancellationToken = default);
}
