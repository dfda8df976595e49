namespace Breakout.Domain.Events;

/// <summary>One ValidateInvitee answer: the current state of the invitee for the product.</summary>
public sealed record ValidateInviteeOutcome(string? ReferenceId, string? InviteeId, bool Registered, bool PaidInFull, bool CheckedIn, CventError? Error)
{
    public bool Success => Error is null;
}
