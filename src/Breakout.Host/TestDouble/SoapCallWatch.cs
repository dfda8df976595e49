namespace Breakout.Host.TestDouble;

/// <summary>
/// Where the SOAP route hands each call to the test double: the fault rules act on it and the journal records it.
/// Registered only when the admin API is served; without fault rules and with the journal off it watches nothing.
/// </summary>
internal sealed class SoapCallWatch(RequestJournal journal, FaultRules faults, TimeProvider time)
{
    /// <summary>Starts watching a call whose body was read; null when there is nothing to do.</summary>
    public WatchedCall? Begin(ReadOnlyMemory<byte> body) =>
        journal.Enabled || faults.Any
            ? new WatchedCall(journal, faults, time, journal.Enabled ? body.ToArray() : body)
            : null;
}
