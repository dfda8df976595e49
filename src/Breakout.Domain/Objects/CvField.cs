namespace Breakout.Domain.Objects;

/// <summary>
/// One scalar attribute of a CvObject type: its wire name (the WSDL attribute), type and the flags DescribeCvObject
/// reports. <see cref="Searchable"/> decides which fields Search accepts (CV20010 otherwise); <see cref="ReadOnly"/>
/// fields are ignored on create/update; <see cref="LookUps"/> lists the allowed values of enumerated fields.
/// </summary>
public sealed record CvField(
    string Name,
    CvFieldType Type,
    int MaxLength = 0,
    bool Searchable = false,
    bool Required = false,
    bool ReadOnly = false,
    string? DefaultValue = null,
    IReadOnlyList<string>? LookUps = null);
