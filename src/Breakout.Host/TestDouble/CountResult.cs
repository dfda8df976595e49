namespace Breakout.Host.TestDouble;

/// <summary><c>POST /admin/journal/count</c>'s answer.</summary>
public sealed record CountResult(int Count);
