namespace Interop.Tests.Scenario;

/// <summary>One <c>Error</c> of an item's <c>Errors</c>.</summary>
public sealed record ErrorOutcome(string Code, string Description);
