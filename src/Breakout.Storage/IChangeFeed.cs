namespace Breakout.Storage;

/// <summary>
/// The change feed (#21): every registration, unregistration, waitlist move, promotion, invitee change and contact
/// change of an account, each at a position that counts the account's changes from 1, without gaps, in the order
/// their transactions committed (across nodes too). A change is written by the transaction that makes it, so a reader
/// that remembers the last position it processed never misses a change nor sees one twice.
/// </summary>
public interface IChangeFeed
{
    /// <summary>
    /// The account's changes after <paramref name="after"/> (0 for the beginning), in position order, at most
    /// <paramref name="limit"/>: positions after+1, after+2, … as far as they are committed.
    /// </summary>
    Task<IReadOnlyList<ChangeRecord>> ReadChangesAsync(long accountKey, long after, int limit, CancellationToken cancellationToken = default);

    /// <summary>The account's highest committed position (0 when it has no changes yet).</summary>
    Task<long> LastChangePositionAsync(long accountKey, CancellationToken cancellationToken = default);
}
