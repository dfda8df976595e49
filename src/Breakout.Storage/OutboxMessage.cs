namespace Breakout.Storage;

/// <summary>A claimed message, ready for the relay; <paramref name="Attempt"/> counts this attempt (1 for the first).</summary>
public sealed record OutboxMessage(long Key, string Id, string FromAddress, string ToAddress, string ToName, string Subject, string Body, int Attempt);
