namespace Breakout.Host.TestDouble;

/// <summary>One item's outcome in a response: its Id (when the response gives one), success and error codes.</summary>
public sealed record JournalItem(string? Id, bool Success, List<string> Errors);
