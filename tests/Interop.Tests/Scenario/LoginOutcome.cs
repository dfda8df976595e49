namespace Interop.Tests.Scenario;

/// <summary>Login as the client decoded it; <see cref="Session"/> says whether a session value came back.</summary>
public sealed record LoginOutcome(bool Success, string? ServerUrl, bool Session, string? ErrorMessage);
