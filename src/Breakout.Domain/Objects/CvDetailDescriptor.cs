namespace Breakout.Domain.Objects;

/// <summary>
/// A repeating child element of a CvObject (<c>OrderDetail</c> of a Registration, <c>ProductDetail</c> of an Event):
/// its element name and its attributes in WSDL order. Details are returned by Retrieve only; they are not searchable.
/// </summary>
public sealed record CvDetailDescriptor(string Element, IReadOnlyList<CvField> Fields);
