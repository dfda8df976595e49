using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>
/// A stored contact as the wire shows it: every Contact attribute that has a value, by wire name, formatted as
/// <see cref="Domain.Objects.CvValues.Format"/> does (empty texts and unset values are left out).
/// </summary>
public sealed record ContactFields(CventId Id, IReadOnlyDictionary<string, string> Values);
