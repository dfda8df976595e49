namespace Breakout.Domain.Lists;

/// <summary>One <c>ContactGroup</c> or <c>DistributionList</c> of a create call: its <c>MessageId</c> and the attributes as sent, by wire name.</summary>
public sealed record ListInput(string? MessageId, IReadOnlyDictionary<string, string> Attributes);
