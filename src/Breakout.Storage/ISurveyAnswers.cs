using Breakout.Domain;
using Breakout.Domain.Surveys;

namespace Breakout.Storage;

/// <summary>Answers written through the API (CreateSurveyAnswer, CreatePostEventFeedback), kept as Respondent and Response objects.</summary>
public interface ISurveyAnswers
{
    /// <summary>
    /// Adds each answer to its respondent's response (creating the respondent and the response when there are none),
    /// validated against the survey's questions and choices: one result per item, in order, all in one database
    /// transaction; the result's <c>Id</c> is the response's. Respondents and responses touched are seen by GetUpdated.
    /// </summary>
    Task<IReadOnlyList<ItemResult>> CreateSurveyAnswersAsync(SurveyAnswersCommand command, CancellationToken cancellationToken = default);
}
