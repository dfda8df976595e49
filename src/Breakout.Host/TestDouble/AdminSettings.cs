namespace Breakout.Host.TestDouble;

/// <summary>
/// The <c>Breakout:Admin</c> section: the admin API that makes Breakout a test double (request journal, verification,
/// fault rules; in test mode also the clock and snapshots). See docs/testing-with-breakout.md.
/// </summary>
public sealed class AdminSettings
{
    /// <summary>Serve the admin API under <c>/admin</c> (off by default; <c>--test-mode</c> turns it on).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Test mode (<c>--test-mode</c>): the admin API, plus a server clock that can be frozen, set and advanced, and
    /// database snapshots and resets. Never for a server real clients use.
    /// </summary>
    public bool TestMode { get; set; }

    /// <summary>Accept admin calls from any address; by default only from loopback (after trusted proxy headers).</summary>
    public bool AllowRemote { get; set; }

    /// <summary>When set, every admin call must send <c>Authorization: Bearer KEY</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>SOAP calls the journal keeps, newest first out (a ring buffer); 0 turns the journal off.</summary>
    public int JournalSize { get; set; } = 1000;

    /// <summary>A JSON file of fault rules (an array, as <c>POST /admin/faults</c> takes them) loaded at start.</summary>
    public string? FaultsFile { get; set; }

    /// <summary>Where snapshots are saved on SQLite (default: a folder next to the database, <c>NAME.snapshots</c>).</summary>
    public string? SnapshotFolder { get; set; }

    /// <summary>
    /// Allow snapshots and resets (test mode) on PostgreSQL: each snapshot is a schema holding a copy of every table,
    /// and a reset empties and refills every table of the database, for every node using it. Off by default.
    /// </summary>
    public bool AllowPostgresSnapshots { get; set; }

    /// <summary>Whether the admin API is served.</summary>
    public bool Served => Enabled || TestMode;
}
