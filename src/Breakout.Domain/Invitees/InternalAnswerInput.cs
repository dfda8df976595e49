namespace Breakout.Domain.Invitees;

/// <summary>
/// One <c>CvAnswer</c> of UpdateInviteeInternalInfo: the invitee (<c>Id</c>), the question (<c>QuestionID</c> or
/// <c>QuestionCode</c>) and the answer text, as sent.
/// </summary>
public sealed record InternalAnswerInput(string? InviteeId, string? MessageId, string? QuestionCode, string? QuestionId, string? Answer);
