namespace Breakout.Host.OperatorConsole;

/// <summary>A fill bar: <see cref="Used"/> of <see cref="Capacity"/> (negative: unlimited), for seats or the waitlist.</summary>
internal sealed record FillBar(int Used, int Capacity, bool Waitlist);
