using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>
/// A registration type of an event: its name and code (unique names per event), how many invitees may hold it
/// (<paramref name="Capacity"/>, -1 for no limit) and the sessions it includes.
/// </summary>
public sealed record RegistrationTypeRecord(CventId Id, CventId EventId, string Name, string Code, int Capacity, IReadOnlyList<CventId> IncludedSessions);
