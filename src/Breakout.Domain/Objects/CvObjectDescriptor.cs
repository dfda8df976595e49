namespace Breakout.Domain.Objects;

/// <summary>
/// What Breakout serves of one CvObject type: the operations it supports (DescribeCvObject's flags) and its scalar
/// fields in WSDL attribute order. <see cref="ModifiedField"/> names the field GetUpdated windows on.
/// </summary>
public sealed record CvObjectDescriptor(
    CvObjectType Type,
    bool Creatable,
    bool Updateable,
    bool Deletable,
    bool Replicateable,
    bool Retrieveable,
    bool Searchable,
    string ModifiedField,
    IReadOnlyList<CvField> Fields)
{
    private readonly Dictionary<string, CvField> byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public string Name => Type.ToString();

    /// <summary>The field of that exact wire name, or null.</summary>
    public CvField? Field(string name) => byName.GetValueOrDefault(name);
}
