using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>An invitee of one event.</summary>
/// <param name="OrderAmount">
/// What the invitee's order costs, the amount CreateTransaction measures payments against (ValidateInvitee's
/// <c>PaidInFull</c>); null leaves the stored amount as it is (none: Breakout does not know the order).
/// </param>
public sealed record InviteeRecord(
    CventId Id,
    CventId EventId,
    CventId? ContactId,
    string ConfirmationNumber,
    InviteeStatus Status,
    string FirstName,
    string LastName,
    string EmailAddress,
    decimal? OrderAmount = null);
