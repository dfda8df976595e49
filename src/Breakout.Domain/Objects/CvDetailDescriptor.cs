namespace Breakout.Domain.Objects;

/// <summary>
/// A repeating child element of a CvObject (<c>OrderDetail</c> of a Registration, <c>ProductDetail</c> of an Event):
/// its element name and its fields in WSDL order (attributes, then child elements). Details are returned by Retrieve
/// only; they are not searchable. A detail whose WSDL type holds child elements instead of attributes
/// (EntityCustomField's <c>FieldChoices</c>, a <c>FieldChoiceText</c> element) sets <see cref="TextElements"/>: its
/// fields are written as elements, in order; a detail mixing both marks its element fields (<see cref="CvField.Element"/>).
/// <see cref="Nested"/> are the repeating elements inside each row, in WSDL order, written before the field at
/// <see cref="NestedAt"/> (Response's <c>SurveyDetail</c> holds its <c>Answer</c> elements between <c>QuestionType</c>
/// and <c>QuestionScore</c>; an <c>AirActual</c>, whose fields are attributes, its <c>FlightDetail</c>s).
/// </summary>
public sealed record CvDetailDescriptor(string Element, IReadOnlyList<CvField> Fields)
{
    /// <summary>The fields are child elements with text content, not attributes.</summary>
    public bool TextElements { get; init; }

    public IReadOnlyList<CvDetailDescriptor> Nested { get; init; } = [];

    public int NestedAt { get; init; }

    /// <summary>
    /// What the catalogue import takes for a row of <paramref name="nested"/> (an <c>AirActual</c>'s
    /// <c>FlightDetail</c>), named <c>AirActual.FlightDetail</c>: the parent row's key (its required fields, which name
    /// it within its object), then the nested element's fields, those in <paramref name="key"/> required (with the
    /// parent, what tells two nested rows apart).
    /// </summary>
    public CvDetailDescriptor NestedImport(CvDetailDescriptor nested, params string[] key) =>
        NestedImport(nested, [.. Fields.Where(f => f.Required).Select(f => f.Name)], key);

    /// <summary>
    /// As <see cref="NestedImport(CvDetailDescriptor, string[])"/>, the parent row named by <paramref name="outerKey"/>
    /// (a Transaction's <c>DistributionDetail</c>, whose <c>ProductId</c> tells its rows apart though Cvent does not
    /// require it), required by the import.
    /// </summary>
    public CvDetailDescriptor NestedImport(CvDetailDescriptor nested, IReadOnlyList<string> outerKey, params string[] key) => new(
        $"{Element}.{nested.Element}",
        [.. Fields.Where(f => outerKey.Contains(f.Name)).Select(f => f with { Required = true }),
         .. nested.Fields.Select(f => key.Contains(f.Name) ? f with { Required = true } : f)]);

    /// <summary>
    /// A descriptor of the same element and fields that is not equal to this one: the same WSDL type nested in two
    /// parents (<c>TravelSurveyDetail</c> in a HotelRequest, a CarRequest and an AirRequest; <c>GLCodes</c> in a fee and
    /// in a distribution) is stored in a table per parent, and the stores tell those apart by descriptor.
    /// </summary>
    public CvDetailDescriptor Another() => this with { Fields = [.. Fields], Nested = [.. Nested.Select(n => n.Another())] };

    /// <summary>Whether a field of this detail is written as a child element.</summary>
    public bool IsElement(CvField field) => TextElements || field.Element;
}
