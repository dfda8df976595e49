namespace Breakout.Domain.Objects;

/// <summary>
/// A repeating child element of a CvObject (<c>OrderDetail</c> of a Registration, <c>ProductDetail</c> of an Event):
/// its element name and its fields in WSDL order (attributes, then child elements). Details are returned by Retrieve
/// only; they are not searchable. A detail whose WSDL type holds child elements instead of attributes
/// (EntityCustomField's <c>FieldChoices</c>, a <c>FieldChoiceText</c> element) sets <see cref="TextElements"/>: its
/// fields are written as elements, in order; a detail mixing both marks its element fields (<see cref="CvField.Element"/>).
/// <see cref="Nested"/> is a repeating element inside each row, written before the field at <see cref="NestedAt"/>
/// (Response's <c>SurveyDetail</c> holds its <c>Answer</c> elements between <c>QuestionType</c> and <c>QuestionScore</c>).
/// </summary>
public sealed record CvDetailDescriptor(string Element, IReadOnlyList<CvField> Fields)
{
    /// <summary>The fields are child elements with text content, not attributes.</summary>
    public bool TextElements { get; init; }

    public CvDetailDescriptor? Nested { get; init; }

    public int NestedAt { get; init; }

    /// <summary>Whether a field of this detail is written as a child element.</summary>
    public bool IsElement(CvField field) => TextElements || field.Element;
}
