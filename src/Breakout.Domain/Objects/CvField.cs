namespace Breakout.Domain.Objects;

/// <summary>
/// One scalar attribute of a CvObject type: its wire name (the WSDL attribute), type and the flags DescribeCvObject
/// reports. <see cref="Searchable"/> decides which fields Search accepts (CV20010 otherwise); <see cref="ReadOnly"/>
/// fields are ignored on create/update; <see cref="LookUps"/> lists the allowed values of enumerated fields.
/// <see cref="Element"/> marks a field the WSDL declares as a child element rather than an attribute (the
/// <c>EventId</c> of Survey's <c>AssociatedEvents</c>, the question elements of Response's <c>SurveyDetail</c>); such a
/// field is written in its turn after the attributes, and a required element (<see cref="Required"/>) is written even
/// without a value: nil when <see cref="Nillable"/>, otherwise its <see cref="DefaultValue"/>.
/// </summary>
public sealed record CvField(
    string Name,
    CvFieldType Type,
    int MaxLength = 0,
    bool Searchable = false,
    bool Required = false,
    bool ReadOnly = false,
    string? DefaultValue = null,
    IReadOnlyList<string>? LookUps = null,
    bool Element = false,
    bool Nillable = false);
