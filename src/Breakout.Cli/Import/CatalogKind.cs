using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using T = Breakout.Domain.Objects.CvFieldType;

namespace Breakout.Cli.Import;

/// <summary>
/// A kind of catalogue row an import accepts: the six registration kinds with their own records (events … registration
/// types), an object type the catalogue imports by declaration (<see cref="Object"/>: speakers, transactions …) or a
/// detail of one (<see cref="Detail"/>: <c>speaker.assignedsessions</c>). Kinds are applied in <see cref="Order"/>,
/// parents first. Every kind's columns are catalogue fields, read by one rule (<see cref="RowFields.Value"/>); a
/// registration kind's <see cref="Columns"/> are declared here with the <see cref="Record"/> its typed values make.
/// </summary>
/// <param name="Name">The name in <c>--kind</c>, JSON array names and file names (<c>events</c>, <c>speakers</c>, <c>speaker.assignedsessions</c>).</param>
/// <param name="StoreName">The name the store reports a rejected row of the kind with (<c>event</c>, <c>speaker</c>, <c>speaker.assignedsessions</c>).</param>
internal sealed record CatalogKind(
    string Name, string StoreName, int Order, CvObjectDescriptor? Object = null, CvDetailDescriptor? Detail = null,
    IReadOnlyList<CvField>? Columns = null, Func<CatalogValues, object>? Record = null)
{
    public static readonly CatalogKind Events = new("events", "event", 0,
        Columns: [Text("title", required: true), Text("code"), Choice<EventStatus>("status"), Date("startAt"), Date("endAt"), Text("timeZone") with { DefaultValue = "UTC" },
            Choice<ClashPolicy>("clashPolicy", ClashPolicy.Allow)],
        Record: v => new EventRecord(v.Id, v.Text("title"), v.Text("code"), v.Choice<EventStatus>("status"), v.Date("startAt"), v.Date("endAt"), v.Text("timeZone"))
        {
            ClashPolicy = v.Choice<ClashPolicy>("clashPolicy"),
        });

    /// <summary>Sessions take <c>autoCloseDate</c> (Cvent's name, and the demo manifest's) and still <c>autoCloseAt</c>, the name earlier versions documented.</summary>
    public static readonly CatalogKind Sessions = new("sessions", "session", 1,
        Columns: [Id("eventId"), Text("name", required: true), Text("code"), Date("startAt"), Date("endAt"), Choice<ProductStatus>("status", ProductStatus.OpenForRegistration),
            Date("autoCloseDate"), Date("autoCloseAt"), Number("capacity", -1), Flag("enableWaitlist"), Number("waitlistCapacity", 0), Text("group"), Flag("included")],
        Record: v => new SessionRecord(v.Id, v.Get<CventId>("eventId"), v.Text("name"), v.Text("code"), v.Date("startAt"), v.Date("endAt"),
            v.Choice<ProductStatus>("status"), v.Date("autoCloseDate") ?? v.Date("autoCloseAt"), v.Get<int>("capacity"), v.Get<bool>("enableWaitlist"),
            v.Get<int>("waitlistCapacity"), v.Text("group") is { Length: > 0 } group ? group : null, v.Get<bool>("included")));

    public static readonly CatalogKind Contacts = new("contacts", "contact", 2, Columns: [Text("firstName"), Text("lastName"), Text("emailAddress"), Text("company")],
        Record: v => new ContactRecord(v.Id, v.Text("firstName"), v.Text("lastName"), v.Text("emailAddress"), v.Text("company")));

    /// <summary>An invitee's <c>orderAmount</c> is an amount of money (<see cref="RowFields.OptionalAmount"/>: not negative).</summary>
    public static readonly CatalogKind Invitees = new("invitees", "invitee", 3,
        Columns: [Id("eventId"), Id("contactId", required: false), Text("confirmationNumber", required: true), Status, Text("firstName"), Text("lastName"), Text("emailAddress"),
            Text("orderAmount")],
        Record: v => new InviteeRecord(v.Id, v.Get<CventId>("eventId"), v.Get<CventId?>("contactId"), v.Text("confirmationNumber"), v.Status, v.Text("firstName"),
            v.Text("lastName"), v.Text("emailAddress"), v.Fields.OptionalAmount("orderAmount")));

    public static readonly CatalogKind Guests = new("guests", "guest", 4,
        Columns: [Id("inviteeId"), Text("confirmationNumber", required: true), Status, Text("firstName"), Text("lastName"), Text("emailAddress")],
        Record: v => new GuestRecord(v.Id, v.Get<CventId>("inviteeId"), v.Text("confirmationNumber"), v.Status, v.Text("firstName"), v.Text("lastName"), v.Text("emailAddress")));

    /// <summary>A registration type's <c>includedSessions</c> are IDs separated by spaces, commas or semicolons (<see cref="RowFields.IdList"/>).</summary>
    public static readonly CatalogKind RegistrationTypes = new("registrationtypes", "registrationtype", 5,
        Columns: [Id("eventId"), Text("name", required: true), Text("code"), Number("capacity", -1), Text("includedSessions")],
        Record: v => new RegistrationTypeRecord(v.Id, v.Get<CventId>("eventId"), v.Text("name"), v.Text("code"), v.Get<int>("capacity"), v.Fields.IdList("includedSessions")));

    /// <summary>An invitee's or guest's status: one of Cvent's names (<c>No Response</c>, <c>Accepted</c> …).</summary>
    private static CvField Status => new("status", T.String, Required: true, LookUps: [.. System.Enum.GetValues<InviteeStatus>().Select(s => s.ToWire())]);

    public override string ToString() => Name;

    private static CvField Text(string name, bool required = false) => new(name, T.String, Required: required);

    private static CvField Id(string name, bool required = true) => new(name, T.Id, Required: required);

    private static CvField Date(string name) => new(name, T.DateTime);

    private static CvField Flag(string name) => new(name, T.Boolean, DefaultValue: "false");

    private static CvField Number(string name, int fallback) => new(name, T.Integer, DefaultValue: fallback.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An enumeration by its exact names (any case; numbers are refused so a shifted column cannot pass); required without a default.</summary>
    private static CvField Choice<TEnum>(string name, TEnum? fallback = null)
        where TEnum : struct, Enum =>
        new(name, T.String, Required: fallback is null, DefaultValue: fallback?.ToString(), LookUps: System.Enum.GetNames<TEnum>());
}
