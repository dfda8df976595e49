using Breakout.Domain.Objects;

namespace Breakout.Storage;

/// <summary>
/// One object as Retrieve returns it: its ID, one value per descriptor field in field order (<see cref="string"/>,
/// <see cref="bool"/>, <see cref="DateTimeOffset"/>, <see cref="long"/>, <see cref="double"/>, or null when it has
/// none), and its detail rows in descriptor order.
/// </summary>
public sealed record CvObjectRecord(string Id, IReadOnlyList<object?> Values, IReadOnlyList<CvDetailRecord> Details);

/// <summary>
/// One detail row (an <c>OrderDetail</c>, a <c>ProductDetail</c>): values in the detail's field order, and the rows of
/// its <see cref="CvDetailDescriptor.Nested"/> element (the <c>Answer</c>s of a <c>SurveyDetail</c>).
/// </summary>
public sealed record CvDetailRecord(CvDetailDescriptor Descriptor, IReadOnlyList<object?> Values)
{
    public IReadOnlyList<CvDetailRecord> Nested { get; init; } = [];
}
