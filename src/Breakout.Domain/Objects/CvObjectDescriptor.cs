namespace Breakout.Domain.Objects;

/// <summary>
/// What Breakout serves of one CvObject type: the operations it supports (DescribeCvObject's flags) and its scalar
/// fields in WSDL attribute order. <see cref="ModifiedField"/> names the field GetUpdated windows on; a replicateable
/// type without such a field (Session) windows on a modification time it keeps but does not send.
/// <see cref="Details"/> are the repeating child elements Retrieve writes after the attributes, in WSDL order.
/// </summary>
public sealed record CvObjectDescriptor(
    CvObjectType Type,
    bool Creatable,
    bool Updateable,
    bool Deletable,
    bool Replicateable,
    bool Retrieveable,
    bool Searchable,
    string? ModifiedField,
    IReadOnlyList<CvField> Fields)
{
    private readonly Dictionary<string, CvField> byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    // Throws at start-up if two fields of a type differ only in case, which would make a Search name ambiguous.
    private readonly Dictionary<string, CvField> byAnyCase = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public string Name => Type.ToString();

    /// <summary>
    /// A type the API only reads (Retrieve, Search, GetUpdated), as Cvent's Event, Invitee, Registration and Guest are.
    /// A type without a modification field (<paramref name="modifiedField"/> null) is replicated on a time Breakout keeps.
    /// </summary>
    public static CvObjectDescriptor ReadOnlyType(CvObjectType type, string? modifiedField, IReadOnlyList<CvField> fields) =>
        new(type, Creatable: false, Updateable: false, Deletable: false, Replicateable: true, Retrieveable: true, Searchable: true, modifiedField, fields);

    /// <summary>The detail element types Retrieve fills, in the order of the WSDL's sequence.</summary>
    public IReadOnlyList<CvDetailDescriptor> Details { get; init; } = [];

    /// <summary>
    /// Fields the catalogue import takes besides the wire fields, to tie a row to what it belongs to when no wire
    /// field names it (Travel's <c>InviteeId</c>).
    /// </summary>
    public IReadOnlyList<CvField> ImportFields { get; init; } = [];

    /// <summary>
    /// Detail rows the catalogue import takes that Retrieve does not write as such: a ContactGroup's members, a
    /// Response's answers (written inside its <c>SurveyDetail</c>s).
    /// </summary>
    public IReadOnlyList<CvDetailDescriptor> ImportDetails { get; init; } = [];

    /// <summary>
    /// Other names Search takes for a field: the spelling of Cvent's object page where it differs from the WSDL's by
    /// more than case (Registration's "CanceledDate" for <c>CancelledDate</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> SearchAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Fields of a detail that Search takes as filters, named <c>Detail/Field</c> as Cvent's object page names them
    /// (Survey's <c>AssociatedEventDetail/EventId</c>): a row matches when one of its detail rows does. They are not
    /// attributes, so Retrieve and DescribeCvObject do not list them.
    /// </summary>
    public IReadOnlyList<CvField> DetailSearchFields { get; init; } = [];

    /// <summary>The field of that exact wire name, or null.</summary>
    public CvField? Field(string name) => byName.GetValueOrDefault(name);

    /// <summary>
    /// The field a Search filter names, or null: names match regardless of case, so the WSDL's <c>EventID</c> and the
    /// object page's <c>EventId</c> are one field (Cvent's server matches them so; a PHP client searches Guests by
    /// <c>EventId</c>), and <see cref="SearchAliases"/> apply.
    /// </summary>
    public CvField? SearchField(string name) =>
        Named(name) ?? (SearchAliases.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } alias
            ? Named(alias)
            : null);

    private CvField? Named(string name) =>
        byAnyCase.GetValueOrDefault(name) ?? DetailSearchFields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
