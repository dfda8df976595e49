using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Cli.Import;

/// <summary>Turns a <see cref="SourceRow"/> into the store's record of its kind, or says what is wrong with it.</summary>
internal static class RowConverter
{
    /// <summary>The column (or JSON property) names of a kind, as documented in docs/cli.md: its ID column, then its fields.</summary>
    public static IReadOnlyList<string> Columns(CatalogKind kind) => [IdColumn(kind), .. DeclaredFields(kind).Select(f => f.Name)];

    /// <summary>
    /// The record (an <see cref="EventRecord"/>, a <see cref="CvObjectRow"/>, …) or null with <paramref name="error"/> set:
    /// every column typed by its declaration (<see cref="RowFields.Value"/>), whatever the kind.
    /// </summary>
    public static object? Convert(SourceRow row, out string? error)
    {
        var f = new RowFields(row);
        var kind = row.Kind;
        var id = f.Id(IdColumn(kind));
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in DeclaredFields(kind))
        {
            values[field.Name] = f.Value(field);
        }

        object record = kind.Record is { } make ? make(new CatalogValues(f, id, values))
            : kind.Detail is { } detail ? new CvDetailRow(kind.Object!, detail, id, values)
            : new CvObjectRow(kind.Object!, id, values);
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
    /// The columns of a kind besides its ID: a registration kind's own, else the wire fields by their Cvent names (any
    /// case), the import's extra fields (Travel's <c>InviteeId</c>), and for a detail the parent's ID column (<c>SpeakerId</c>) first.
    /// </summary>
    private static IEnumerable<CvField> DeclaredFields(CatalogKind kind) =>
        kind.Columns ?? (kind.Detail is { } detail ? detail.Fields : kind.Object!.Fields.Concat(kind.Object.ImportFields));

    private static string IdColumn(CatalogKind kind) => kind.Detail is null ? "id" : kind.Object!.Name + "Id";
}
