namespace Breakout.Host.TestDouble;

/// <summary>A fault rule as <c>GET /admin/faults</c> lists it: how many calls it matched and acted on.</summary>
public sealed record FaultRuleState(FaultRuleSpec Rule, int Matched, int Fired);
