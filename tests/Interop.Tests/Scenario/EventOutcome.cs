namespace Interop.Tests.Scenario;

/// <summary>
/// One <c>Event</c> Retrieve returned, as the client decoded it: <see cref="Type"/> is the class the client built from
/// the <c>CvObject</c>'s <c>xsi:type</c> (PHP's classmap, suds's type) or the literal <c>xsi:type</c> a raw client read;
/// <see cref="StartDate"/> as the client printed it (ISO 8601); <see cref="Sessions"/> the <c>ProductDetail</c> IDs.
/// </summary>
public sealed record EventOutcome(
    string? Type, string? Id, string? Title, string? Code, string? Status, string? StartDate, IReadOnlyList<string> Sessions);
