using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Cli.Import;

/// <summary>Turns a <see cref="SourceRow"/> into the store's record of its kind, or says what is wrong with it.</summary>
internal static class RowConverter
{
    private static readonly Dictionary<CatalogKind, string[]> ColumnNames = new()
    {
        [CatalogKind.Events] = ["id", "title", "code", "status", "startAt", "endAt", "timeZone", "clashPolicy"],
        [CatalogKind.Sessions] =
            ["id", "eventId", "name", "code", "startAt", "endAt", "status", "autoCloseDate", "autoCloseAt", "capacity", "enableWaitlist", "waitlistCapacity", "group", "included"],
        [CatalogKind.Contacts] = ["id", "firstName", "lastName", "emailAddress", "company"],
        [CatalogKind.Invitees] = ["id", "eventId", "contactId", "confirmationNumber", "status", "firstName", "lastName", "emailAddress"],
        [CatalogKind.Guests] = ["id", "inviteeId", "confirmationNumber", "status", "firstName", "lastName", "emailAddress"],
        [CatalogKind.RegistrationTypes] = ["id", "eventId", "name", "code", "capacity", "includedSessions"],
    };

    /// <summary>
    /// The column (or JSON property) names of a kind, as documented in docs/cli.md. Sessions take <c>autoCloseDate</c>
    /// (Cvent's name, and the demo manifest's) and still accept <c>autoCloseAt</c>, the name earlier versions documented.
    /// </summary>
    public static IReadOnlyList<string> Columns(CatalogKind kind) =>
        ColumnNames.TryGetValue(kind, out var names) ? names : [.. DeclaredFields(kind).Select(f => f.Name).Prepend(IdColumn(kind))];

    /// <summary>The record (an <see cref="EventRecord"/>, <see cref="SessionRecord"/>, …) or null with <paramref name="error"/> set.</summary>
    public static object? Convert(SourceRow row, out string? error)
    {
        var f = new RowFields(row);
        object record;
        if (row.Kind.Object is { } type)
        {
            record = ConvertDeclared(row.Kind, type, f);
        }
        else if (row.Kind == CatalogKind.Events)
        {
            record = new EventRecord(
                f.Id("id"), f.Text("title"), f.OptionalText("code"), f.Choice<EventStatus>("status"), f.Date("startAt"), f.Date("endAt"),
                f.OptionalText("timeZone", "UTC"))
            {
                ClashPolicy = f.Choice<ClashPolicy>("clashPolicy", ClashPolicy.Allow),
            };
        }
        else if (row.Kind == CatalogKind.Sessions)
        {
            record = new SessionRecord(
                f.Id("id"), f.Id("eventId"), f.Text("name"), f.OptionalText("code"), f.Date("startAt"), f.Date("endAt"),
                f.Choice<ProductStatus>("status", ProductStatus.OpenForRegistration), f.Date("autoCloseDate") ?? f.Date("autoCloseAt"), f.Int("capacity", -1), f.Bool("enableWaitlist"),
                f.Int("waitlistCapacity", 0), f.OptionalText("group") is { Length: > 0 } group ? group : null, f.Bool("included"));
        }
        else if (row.Kind == CatalogKind.Contacts)
        {
            record = new ContactRecord(
                f.Id("id"), f.OptionalText("firstName"), f.OptionalText("lastName"), f.OptionalText("emailAddress"), f.OptionalText("company"));
        }
        else if (row.Kind == CatalogKind.Invitees)
        {
            record = new InviteeRecord(
                f.Id("id"), f.Id("eventId"), f.OptionalId("contactId"), f.Text("confirmationNumber"), f.InviteeStatus("status"),
                f.OptionalText("firstName"), f.OptionalText("lastName"), f.OptionalText("emailAddress"), f.OptionalAmount("orderAmount"));
        }
        else if (row.Kind == CatalogKind.RegistrationTypes)
        {
            record = new RegistrationTypeRecord(
                f.Id("id"), f.Id("eventId"), f.Text("name"), f.OptionalText("code"), f.Int("capacity", -1), f.IdList("includedSessions"));
        }
        else
        {
            record = new GuestRecord(
                f.Id("id"), f.Id("inviteeId"), f.Text("confirmationNumber"), f.InviteeStatus("status"),
                f.OptionalText("firstName"), f.OptionalText("lastName"), f.OptionalText("emailAddress"));
        }

        error = f.Error;
        return error is null ? record : null;
    }

    /// <summary>The ID the store reports an error against.</summary>
    public static CventId IdOf(object record) => record switch
    {
        EventRecord r => r.Id,
        SessionRecord r => r.Id,
        ContactRecord r => r.Id,
        InviteeRecord r => r.Id,
        GuestRecord r => r.Id,
        RegistrationTypeRecord r => r.Id,
        CvObjectRow r => r.Id,
        _ => throw new ArgumentException("Not a catalogue record.", nameof(record)),
    };

    /// <summary>The name the store reports an error against: the record's ID, or a detail row's key.</summary>
    public static string KeyOf(object record) => record is CvDetailRow detail ? detail.Key : IdOf(record).ToString();

    /// <summary>
    /// The columns of a declared type's row: the wire fields by their Cvent names (any case), the import's extra fields
    /// (Travel's <c>InviteeId</c>), and for a detail the parent's ID column (<c>SpeakerId</c>) first.
    /// </summary>
    private static IEnumerable<CvField> DeclaredFields(CatalogKind kind) =>
        kind.Detail is { } detail ? detail.Fields : kind.Object!.Fields.Concat(kind.Object.ImportFields);

    private static string IdColumn(CatalogKind kind) => kind.Detail is null ? "id" : kind.Object!.Name + "Id";

    /// <summary>A <see cref="CvObjectRow"/> or <see cref="CvDetailRow"/>: every field typed by its declaration, enumerated ones to one of their values.</summary>
    private static object ConvertDeclared(CatalogKind kind, CvObjectDescriptor type, RowFields f)
    {
        var id = f.Id(IdColumn(kind));
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in DeclaredFields(kind))
        {
            values[field.Name] = f.Value(field);
        }

        return kind.Detail is { } detail ? new CvDetailRow(type, detail, id, values) : new CvObjectRow(type, id, values);
    }
}
