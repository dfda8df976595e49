namespace Breakout.Storage;

/// <summary>A tenant: everything else belongs to exactly one account.</summary>
public sealed record AccountRecord(long Key, string AccountNumber, string Name);
