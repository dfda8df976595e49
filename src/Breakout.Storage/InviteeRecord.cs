using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>An invitee of one event.</summary>
public sealed record InviteeRecord(
    CventId Id,
    CventId EventId,
    CventId? ContactId,
    string ConfirmationNumber,
    InviteeStatus Status,
    string FirstName,
    string LastName,
    string EmailAddress);
