namespace Breakout.Domain.Surveys;

/// <summary>
/// A CreateSurveyAnswer call (<paramref name="SurveyId"/>; items name contacts) or a CreatePostEventFeedback call
/// (<paramref name="EventId"/>, whose feedback survey is answered; items name the event's invitees).
/// </summary>
/// <param name="Status">The respondents' <c>RespondentStatus</c> after the call, one of <see cref="Objects.RespondentObject.Statuses"/>.</param>
public sealed record SurveyAnswersCommand(
    long AccountKey, long ApiUserKey, Guid CallId, string Operation, string? SurveyId, string? EventId, string Status, IReadOnlyList<AnswerInput> Items)
{
    /// <summary>Whether the items name invitees of <see cref="EventId"/> (CreatePostEventFeedback) rather than contacts.</summary>
    public bool ForEvent => SurveyId is null;
}
