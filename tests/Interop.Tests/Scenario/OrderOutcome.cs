namespace Interop.Tests.Scenario;

/// <summary>One <c>OrderDetail</c> of a Registration; <see cref="ActionDate"/> as the client printed its date (ISO 8601).</summary>
public sealed record OrderOutcome(string? ProductId, string? ProductType, string? Action, string? ActionDate, bool Participant);
