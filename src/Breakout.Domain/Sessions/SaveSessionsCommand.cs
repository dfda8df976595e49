namespace Breakout.Domain.Sessions;

/// <summary>A CreateSession (<see cref="Create"/>) or UpdateSession call.</summary>
public sealed record SaveSessionsCommand(long AccountKey, long ApiUserKey, Guid CallId, bool Create, string? EventId, IReadOnlyList<SessionInput> Sessions);
