namespace Interop.Tests.Scenario;

/// <summary>One <c>ValidateInviteeResult</c> as the client decoded it (its attributes and <c>Errors</c>).</summary>
public sealed record ValidateOutcome(
    string? InviteeId,
    string? ReferenceId,
    bool Registered,
    bool PaidInFull,
    bool CheckedIn,
    bool Success,
    IReadOnlyList<ErrorOutcome> Errors);
