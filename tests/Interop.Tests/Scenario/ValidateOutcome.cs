namespace Interop.Tests.Scenario;

/// <summary>One <c>ValidateInviteeResult</c> as the client decoded it.</summary>
public sealed record ValidateOutcome(string? InviteeId, string? ReferenceId, bool Registered, bool Success);
