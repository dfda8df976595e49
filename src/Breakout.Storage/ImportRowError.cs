namespace Breakout.Storage;

/// <summary>A row an import skipped, and why. The rest of the batch is still imported.</summary>
public sealed record ImportRowError(string Kind, string Id, string Message);
