namespace Breakout.Domain.Objects;

/// <summary>A checked Search call: the type searched, whether any filter (OrSearch) or every filter (AndSearch) must match.</summary>
public sealed record CvSearch(CvObjectDescriptor Type, bool MatchAny, IReadOnlyList<CvFilter> Filters);
