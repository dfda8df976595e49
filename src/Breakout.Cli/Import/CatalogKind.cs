using Breakout.Domain.Objects;

namespace Breakout.Cli.Import;

/// <summary>
/// A kind of catalogue row an import accepts: the five registration kinds with their own records (events … guests), an
/// object type the catalogue imports by declaration (<see cref="Object"/>: speakers, transactions …) or a detail of
/// one (<see cref="Detail"/>: <c>speaker.assignedsessions</c>). Kinds are applied in <see cref="Order"/>, parents first.
/// </summary>
/// <param name="Name">The name in <c>--kind</c>, JSON array names and file names (<c>events</c>, <c>speakers</c>, <c>speaker.assignedsessions</c>).</param>
/// <param name="StoreName">The name the store reports a rejected row of the kind with (<c>event</c>, <c>speaker</c>, <c>speaker.assignedsessions</c>).</param>
internal sealed record CatalogKind(string Name, string StoreName, int Order, CvObjectDescriptor? Object = null, CvDetailDescriptor? Detail = null)
{
    public static readonly CatalogKind Events = new("events", "event", 0);
    public static readonly CatalogKind Sessions = new("sessions", "session", 1);
    public static readonly CatalogKind Contacts = new("contacts", "contact", 2);
    public static readonly CatalogKind Invitees = new("invitees", "invitee", 3);
    public static readonly CatalogKind Guests = new("guests", "guest", 4);
    public static readonly CatalogKind RegistrationTypes = new("registrationtypes", "registrationtype", 5);

    public override string ToString() => Name;
}
