namespace Breakout.Host.TestDouble;

/// <summary>The server clock's reading and whether it is frozen.</summary>
public sealed record ClockState(DateTimeOffset Now, bool Frozen);
