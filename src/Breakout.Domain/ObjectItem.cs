namespace Breakout.Domain;

/// <summary>A <c>CvObject</c> (or <c>CvInvitee</c>) item of a batch call: an ID, an optional confirmation number and the caller's MessageId.</summary>
public sealed record ObjectItem(string? Id, string? MessageId, string? ConfirmationNumber = null);
