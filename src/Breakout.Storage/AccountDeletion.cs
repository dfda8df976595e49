namespace Breakout.Storage;

/// <summary>The outcome of deleting an account: whether it was deleted, and what it held.</summary>
public sealed record AccountDeletion(bool Deleted, AccountContents Contents);
