using Breakout.Domain;

namespace Breakout.Storage.Operators;

/// <summary>
/// A registrant holding a seat or a waitlist place of a session. <see cref="Key"/> orders the registrants for paging;
/// <see cref="Position"/> is the waitlist position (null for a seat); <see cref="At"/> when the seat or place was taken.
/// </summary>
public sealed record SessionPlace(
    long Key,
    CventId RegistrantId,
    RegistrantKind Kind,
    string FirstName,
    string LastName,
    string EmailAddress,
    string ConfirmationNumber,
    int? Position,
    DateTimeOffset At);
