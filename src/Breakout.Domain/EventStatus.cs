namespace Breakout.Domain;

/// <summary>
/// The life cycle of a Cvent event (<c>Event/@EventStatus</c>; the WSDL types it as a string).
/// Session registrations may change only while an event is <see cref="Pending"/> (test mode) or <see cref="Active"/>.
/// </summary>
public enum EventStatus
{
    Pending,
    Active,
    Closed,
    Completed,
    Cancelled,
    Archived,
}
