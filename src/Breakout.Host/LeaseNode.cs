namespace Breakout.Host;

/// <summary>How a background sender names this process in the lease rows it takes.</summary>
internal static class LeaseNode
{
    /// <summary>
    /// A new name: the machine, the process, and a value new at each call, so another process (or this one restarted,
    /// or another sender in it) is another node and never mistakes a lease for its own.
    /// </summary>
    public static string NewName() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
