namespace Interop.Tests.Scenario;

/// <summary>
/// The IDs three AndSearches returned, each filtering on the conference's <c>EventId</c> and the invitee's
/// <c>LastName</c> (as Retrieve decoded it): Invitees with <c>Contains</c>, Registrations with <c>Starts with</c>,
/// and Registrations with <c>Starts with</c> a name nobody has.
/// </summary>
public sealed record SearchOutcome(IReadOnlyList<string> Invitees, IReadOnlyList<string> Registrations, IReadOnlyList<string> NoMatch);
