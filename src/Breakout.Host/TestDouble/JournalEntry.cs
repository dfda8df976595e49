namespace Breakout.Host.TestDouble;

/// <summary>
/// One SOAP call as the journal keeps it: the raw envelopes (redacted only when shown, see <see cref="JournalView"/>),
/// who called, when (server clock), how long it took (real time) and how it was answered.
/// </summary>
internal sealed record JournalEntry(
    DateTimeOffset Time,
    TimeSpan Duration,
    string? Operation,
    long? AccountKey,
    long? ApiUserKey,
    string? LoginAccount,
    string? LoginUser,
    int HttpStatus,
    bool Dropped,
    string? FaultRule,
    ReadOnlyMemory<byte> Request,
    ReadOnlyMemory<byte> Response)
{
    /// <summary>Position in the journal, from 1, never reused (set once, by the journal, when added: no copy of the entry per call).</summary>
    public long Sequence { get; internal set; }
}
