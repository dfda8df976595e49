namespace Breakout.Storage;

/// <summary>One seat or waitlist place, for export.</summary>
public sealed record RegistrationRow(
    string EventId,
    string SessionId,
    string SessionName,
    string RegistrantId,
    string RegistrantKind,
    string ConfirmationNumber,
    string FirstName,
    string LastName,
    string Placement,
    int? WaitlistPosition,
    DateTimeOffset At);
