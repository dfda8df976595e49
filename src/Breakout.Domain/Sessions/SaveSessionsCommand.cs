namespace Breakout.Domain.Sessions;

/// <summary>
/// A CreateSession (<see cref="Create"/>) or UpdateSession call. <see cref="ConsoleUser"/> names the operator console's
/// user who made the change (null for API calls): the call's history row records it beside the API user.
/// </summary>
public sealed record SaveSessionsCommand(
    long AccountKey, long ApiUserKey, Guid CallId, bool Create, string? EventId, IReadOnlyList<SessionInput> Sessions, string? ConsoleUser = null);
