using Breakout.Domain;

namespace Breakout.Storage.Operators;

/// <summary>An invitee or guest with its event, for the console's timeline page.</summary>
public sealed record RegistrantListing(
    CventId Id,
    RegistrantKind Kind,
    string FirstName,
    string LastName,
    string EmailAddress,
    string ConfirmationNumber,
    InviteeStatus Status,
    CventId EventId,
    string EventTitle);
