namespace Breakout.Storage.Operators;

/// <summary>
/// One change made in the operator console, as its log keeps it. <see cref="CallId"/> is the call ID under which the
/// store logged the change's effects (promotions in <c>registration_history</c>), when it had any.
/// </summary>
public sealed record ConsoleAction(
    DateTimeOffset At,
    string UserName,
    string? AccountNumber,
    string Action,
    string Target,
    string Detail,
    Guid? CallId);
