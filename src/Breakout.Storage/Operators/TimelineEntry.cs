using Breakout.Domain;

namespace Breakout.Storage.Operators;

/// <summary>
/// One entry of a registrant's session history (<c>registration_history</c>): what happened in which session, by
/// which API call (operation, API user, call ID) and item (<see cref="MessageId"/>), and when.
/// </summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    TimelineAction Action,
    CventId SessionId,
    string SessionName,
    string Operation,
    string ApiUser,
    string CallId,
    string? MessageId);
