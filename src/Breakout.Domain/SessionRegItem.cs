namespace Breakout.Domain;

/// <summary>One <c>CvInvitee</c> of a SessionRegAction call, exactly as the client sent it.</summary>
public sealed record SessionRegItem(string? Id, string? ConfirmationNumber, string? MessageId);
