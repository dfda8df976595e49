namespace Breakout.Domain;

/// <summary>Cvent's <c>s1:InviteeStatus</c>; the wire names (with spaces) are in <see cref="InviteeStatuses"/>.</summary>
public enum InviteeStatus
{
    NoResponse,
    Accepted,
    Declined,
    Visited,
    Waitlisted,
    Cancelled,
    PendingApproval,
    DeniedApproval,
}
