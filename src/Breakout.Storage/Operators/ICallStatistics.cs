namespace Breakout.Storage.Operators;

/// <summary>
/// What the operator console shows of the SOAP calls every node answered: calls per account, day, operation and result,
/// and the recent failed calls with their error codes. Nodes add what they counted in batches (about once a second),
/// so the numbers are those of every node sharing the database. Calls that could not be tied to an account (a
/// request that is not XML, an unknown session value) are kept under no account (<c>null</c>).
/// </summary>
public interface ICallStatistics
{
    /// <summary>
    /// Adds counted calls and failed calls in one transaction, and forgets failed calls older than
    /// <paramref name="keepFailuresSince"/> and counts of days before <paramref name="keepCountsFromDay"/>.
    /// </summary>
    Task RecordCallsAsync(IReadOnlyList<CallCount> counts, IReadOnlyList<FailedCall> failures, DateTimeOffset keepFailuresSince, int keepCountsFromDay,
        CancellationToken cancellationToken = default);

    /// <summary>An account's (or, for null, the unattributed) call counts of a day, by operation, result and code.</summary>
    Task<IReadOnlyList<CallCount>> ListCallCountsAsync(long? accountKey, int day, CancellationToken cancellationToken = default);

    /// <summary>An account's (or, for null, the unattributed) failed calls, newest first, with a key below <paramref name="beforeKey"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<FailedCall>> ListFailedCallsAsync(long? accountKey, long beforeKey, int limit, CancellationToken cancellationToken = default);
}
