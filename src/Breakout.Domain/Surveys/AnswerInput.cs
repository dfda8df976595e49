namespace Breakout.Domain.Surveys;

/// <summary>
/// One <c>CvAnswer</c> of CreateSurveyAnswer or CreatePostEventFeedback: who answers (<c>Id</c>: a contact for a
/// survey, an invitee for an event's feedback), the submission it belongs to (<c>TransactionID</c>), the question (by
/// <c>QuestionID</c> or <c>QuestionCode</c>) and the answer text.
/// </summary>
public sealed record AnswerInput(string? MessageId, string? Id, string? TransactionId, string? QuestionId, string? QuestionCode, string? Answer);
