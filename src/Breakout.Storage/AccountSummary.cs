namespace Breakout.Storage;

/// <summary>An account as <c>breakout account list</c> shows it.</summary>
public sealed record AccountSummary(AccountRecord Account, DateTimeOffset CreatedAt, AccountContents Contents);
