namespace Interop.Tests.Scenario;

/// <summary>
/// The <c>Registration</c> Retrieve returned, as the client decoded it: <see cref="Type"/> is the type the client built
/// from the <c>CvObject</c>'s <c>xsi:type</c> (its Registration class, or node-soap's <c>attributes['xsi:type']</c>).
/// </summary>
public sealed record RetrieveOutcome(
    string? Type, string? Id, string? InviteeId, string? EventId, string? LastName, IReadOnlyList<OrderOutcome> Orders);
