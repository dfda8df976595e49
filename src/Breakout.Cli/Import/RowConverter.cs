using Breakout.Domain;
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
    };

    /// <summary>
    /// The column (or JSON property) names of a kind, as documented in docs/cli.md. Sessions take <c>autoCloseDate</c>
    /// (Cvent's name, and the demo manifest's) and still accept <c>autoCloseAt</c>, the name earlier versions documented.
    /// </summary>
    public static IReadOnlyList<string> Columns(CatalogKind kind) => ColumnNames[kind];

    /// <summary>The record (an <see cref="EventRecord"/>, <see cref="SessionRecord"/>, …) or null with <paramref name="error"/> set.</summary>
    public static object? Convert(SourceRow row, out string? error)
    {
        var f = new RowFields(row);
        object record = row.Kind switch
        {
            CatalogKind.Events => new EventRecord(
                f.Id("id"), f.Text("title"), f.OptionalText("code"), f.Choice<EventStatus>("status"), f.Date("startAt"), f.Date("endAt"),
                f.OptionalText("timeZone", "UTC"))
            {
                ClashPolicy = f.Choice<ClashPolicy>("clashPolicy", ClashPolicy.Allow),
            },
            CatalogKind.Sessions => new SessionRecord(
                f.Id("id"), f.Id("eventId"), f.Text("name"), f.OptionalText("code"), f.Date("startAt"), f.Date("endAt"),
                f.Choice<ProductStatus>("status", ProductStatus.OpenForRegistration), f.Date("autoCloseDate") ?? f.Date("autoCloseAt"), f.Int("capacity", -1), f.Bool("enableWaitlist"),
                f.Int("waitlistCapacity", 0), f.OptionalText("group") is { Length: > 0 } group ? group : null, f.Bool("included")),
            CatalogKind.Contacts => new ContactRecord(
                f.Id("id"), f.OptionalText("firstName"), f.OptionalText("lastName"), f.OptionalText("emailAddress"), f.OptionalText("company")),
            CatalogKind.Invitees => new InviteeRecord(
                f.Id("id"), f.Id("eventId"), f.OptionalId("contactId"), f.Text("confirmationNumber"), f.InviteeStatus("status"),
                f.OptionalText("firstName"), f.OptionalText("lastName"), f.OptionalText("emailAddress")),
            CatalogKind.Guests => new GuestRecord(
                f.Id("id"), f.Id("inviteeId"), f.Text("confirmationNumber"), f.InviteeStatus("status"),
                f.OptionalText("firstName"), f.OptionalText("lastName"), f.OptionalText("emailAddress")),
            _ => throw new ArgumentOutOfRangeException(nameof(row), row.Kind, "Unknown catalogue kind."),
        };

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
        _ => throw new ArgumentException("Not a catalogue record.", nameof(record)),
    };
}
