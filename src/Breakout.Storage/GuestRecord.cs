using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>A guest brought by an invitee; guests hold session seats of their own.</summary>
public sealed record GuestRecord(
    CventId Id,
    CventId InviteeId,
    string ConfirmationNumber,
    InviteeStatus Status,
    string FirstName,
    string LastName,
    string EmailAddress);
