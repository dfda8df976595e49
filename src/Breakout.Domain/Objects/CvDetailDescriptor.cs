namespace Breakout.Domain.Objects;

/// <summary>
/// A repeating child element of a CvObject (<c>OrderDetail</c> of a Registration, <c>ProductDetail</c> of an Event):
/// its element name and its fields in WSDL order (attributes, then child elements). Details are returned by Retrieve
/// only; they are not searchable. <see cref="Nested"/> is a repeating element inside each row, written before the
/// field at <see cref="NestedAt"/> (Response's <c>SurveyDetail</c> holds its <c>Answer</c> elements between
/// <c>QuestionType</c> and <c>QuestionScore</c>).
/// </summary>
public sealed record CvDetailDescriptor(string Element, IReadOnlyList<CvField> Fields)
{
    public CvDetailDescriptor? Nested { get; init; }

    public int NestedAt { get; init; }
}
