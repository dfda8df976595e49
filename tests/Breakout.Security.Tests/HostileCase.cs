namespace Breakout.Security.Tests;

/// <summary>One catalogue entry: a name that reads as a sentence, how to build the request, and the exact answer.</summary>
/// <param name="MustNotContain">Text that must never appear in the answer (for example file contents an XXE would leak).</param>
internal sealed record HostileCase(string Name, Func<CaseContext, RawRequest> Build, Expectation Expect, string? MustNotContain = null);
