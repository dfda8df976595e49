namespace Breakout.Domain;

/// <summary>Who holds a session seat: an invitee or one of an invitee's guests.</summary>
public enum RegistrantKind
{
    Invitee,
    Guest,
}
