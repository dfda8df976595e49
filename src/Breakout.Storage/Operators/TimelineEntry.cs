using Breakout.Domain;

namespace Breakout.Storage.Operators;

/// <summary>
/// One entry of a registrant's session history (<c>registration_history</c>): what happened in which session, by
/// which API call (operation, API user, call ID) and item (<see cref="MessageId"/>), and when; for a change made in
/// the operator console, <see cref="ConsoleUser"/> names the console user who made it.
/// </summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    TimelineAction Action,
    CventId SessionId,
    string SessionName,
    string Operation,
    string ApiUser,
    string CallId,
    string? MessageId,
    string? ConsoleUser = null);
