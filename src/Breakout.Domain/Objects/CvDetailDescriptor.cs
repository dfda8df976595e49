namespace Breakout.Domain.Objects;

/// <summary>
/// A repeating child element of a CvObject (<c>OrderDetail</c> of a Registration, <c>ProductDetail</c> of an Event):
/// its element name and its attributes in WSDL order. Details are returned by Retrieve only; they are not searchable.
/// A detail whose WSDL type holds child elements instead of attributes (EntityCustomField's <c>FieldChoices</c>, a
/// <c>FieldChoiceText</c> element) sets <see cref="TextElements"/>: its fields are written as elements, in order.
/// </summary>
public sealed record CvDetailDescriptor(string Element, IReadOnlyList<CvField> Fields)
{
    /// <summary>The fields are child elements with text content, not attributes.</summary>
    public bool TextElements { get; init; }
}
