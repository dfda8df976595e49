namespace Interop.Tests.Scenario;

/// <summary>One <c>SessionRegActionResult</c> as the client decoded it.</summary>
public sealed record ItemOutcome(string? Id, string? ReferenceId, bool Success, IReadOnlyList<ErrorOutcome> Errors);
