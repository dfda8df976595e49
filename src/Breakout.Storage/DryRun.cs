namespace Breakout.Storage;

/// <summary>
/// A dry run (docs/dry-run.md): while a scope begun here is active in the current async flow, every write the store
/// is given runs in a transaction of its own that is rolled back instead of committed, and answers what it would have
/// answered. Nothing it did is kept: no change, no history row, no API call count, and no effect after commit.
/// </summary>
/// <remarks>
/// An <see cref="AsyncLocal{T}"/> rather than a parameter of every store method: a dry run is a property of the whole
/// call, every write of that call must honour it, and the operations need not know about it (new ones honour it too).
/// It flows into the tasks the call starts and never out of them, so concurrent calls never see each other's.
/// </remarks>
public static class DryRun
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>Whether the current call is a dry run.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Makes the rest of the current async flow a dry run, until the scope is disposed.</summary>
    public static IDisposable Begin()
    {
        var previous = Active.Value;
        Active.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
