namespace Breakout.Domain.Objects;

/// <summary>
/// One checked Search filter: a searchable field, an operator the field's type takes, and its values parsed to the
/// field's type (<see cref="string"/> for text and IDs, <see cref="bool"/>, <see cref="DateTimeOffset"/> to the second,
/// <see cref="long"/>, <see cref="double"/>). A null value is an empty one: "no value" on a non-text field.
/// </summary>
public sealed record CvFilter(CvField Field, CvSearchOperator Operator, IReadOnlyList<object?> Values);
