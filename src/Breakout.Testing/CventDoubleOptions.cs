namespace Breakout.Testing;

/// <summary>How <see cref="CventDouble.StartAsync(CventDoubleOptions?, CancellationToken)"/> starts the server.</summary>
public sealed record CventDoubleOptions
{
    /// <summary>
    /// An import file (JSON or CSV, the format of <c>breakout import</c>) loaded into the demo tenant's account before
    /// the server starts; <see cref="CventDouble.ResetAsync"/> comes back to it.
    /// </summary>
    public string? SeedFile { get; init; }

    /// <summary>SOAP calls the journal keeps (default 1000; 0 turns it off).</summary>
    public int JournalSize { get; init; } = 1000;

    /// <summary>More host arguments, e.g. <c>--Breakout:TokenLifetimeMinutes=5</c> (docs/configuration.md).</summary>
    public IReadOnlyList<string> HostArguments { get; init; } = [];

    /// <summary>Keep the temporary folder (database, snapshots) after disposal, to look at it.</summary>
    public bool KeepFiles { get; init; }
}
