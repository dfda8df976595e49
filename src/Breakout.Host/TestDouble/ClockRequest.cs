namespace Breakout.Host.TestDouble;

/// <summary>
/// <c>POST /admin/clock</c>: applied in this order, each optional: <see cref="Reset"/> to real time, <see cref="Freeze"/>
/// (true stops, false runs), <see cref="Set"/> to an instant, <see cref="Advance"/> by an ISO 8601 duration (<c>PT61M</c>).
/// </summary>
public sealed record ClockRequest(bool? Reset, bool? Freeze, DateTimeOffset? Set, string? Advance);
