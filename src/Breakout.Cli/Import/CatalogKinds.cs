using Breakout.Domain.Objects;

namespace Breakout.Cli.Import;

/// <summary>
/// Every <see cref="CatalogKind"/>: the registration kinds, then one per type the object catalogue serves that has no
/// create call of its own (types Breakout stores by declaration: speakers, transactions, users …), then one per detail of
/// those types and of EventDetail (whose parent ID column, <c>EventDetailId</c>, takes the event's ID). A type added to
/// the catalogue and stored by declaration is importable without a change here.
/// </summary>
internal static class CatalogKinds
{
    /// <summary>The types served from stored declarations: those the registration kinds do not fill.</summary>
    private static readonly HashSet<CvObjectType> RegistrationTypes =
        [CvObjectType.Contact, CvObjectType.Event, CvObjectType.Invitee, CvObjectType.Registration, CvObjectType.Guest, CvObjectType.Session, CvObjectType.EventDetail];

    public static IReadOnlyList<CatalogKind> All { get; } = Build();

    public static bool TryParse(string? text, out CatalogKind kind)
    {
        var name = text?.Trim();
        kind = All.FirstOrDefault(k => string.Equals(name, k.Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, k.StoreName, StringComparison.OrdinalIgnoreCase))!;
        return kind is not null;
    }

    /// <summary>The kinds, listed for a message: <c>events, sessions, …</c>.</summary>
    public static string Names => string.Join(", ", All.Select(k => k.Name));

    /// <summary>
    /// The kind whose name the file name contains (<c>sessions.csv</c>, <c>2027-invitees.csv</c>); where several do
    /// (<c>eventquestions.csv</c> contains <c>event</c>), the longest name; null when none does or two tie.
    /// </summary>
    public static CatalogKind? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var matches = All.Where(k => name.Contains(k.StoreName, StringComparison.OrdinalIgnoreCase)).ToList();
        var longest = matches.Count == 0 ? 0 : matches.Max(k => k.StoreName.Length);
        var best = matches.Where(k => k.StoreName.Length == longest).ToList();
        return best.Count == 1 ? best[0] : null;
    }

    private static List<CatalogKind> Build()
    {
        List<CatalogKind> kinds = [CatalogKind.Events, CatalogKind.Sessions, CatalogKind.Contacts, CatalogKind.Invitees, CatalogKind.Guests, CatalogKind.RegistrationTypes];
        var stored = CvObjectCatalogue.All.Where(t => !RegistrationTypes.Contains(t.Type)).ToList();
        foreach (var type in stored)
        {
            var singular = type.Name.ToLowerInvariant();
            kinds.Add(new CatalogKind(singular + "s", singular, 10 + kinds.Count, Object: type));
        }

        // EventDetail's rows are the events', but its details (FAQs, staff, fees …) are imported as details of the event (#17).
        foreach (var type in stored.Append(EventDetailObject.Descriptor))
        {
            foreach (var detail in type.Details.Concat(type.ImportDetails)) // #17 part B: members and answers
            {
                var name = $"{type.Name}.{detail.Element}".ToLowerInvariant();
                kinds.Add(new CatalogKind(name, name, 100 + kinds.Count, Object: type, Detail: detail));
            }
        }

        return kinds;
    }
}
