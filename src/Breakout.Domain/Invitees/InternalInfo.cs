namespace Breakout.Domain.Invitees;

/// <summary>
/// Decisions where Cvent's contract is silent about UpdateInviteeInternalInfo: which event questions are internal
/// information, and how a choice question's answer is checked.
/// </summary>
public static class InternalInfo
{
    /// <summary>An EventQuestion's <c>SurveyType</c> that marks it an internal information question (any case).</summary>
    public const string SurveyType = "Internal Information";

    /// <summary>
    /// The <c>QuestionCode</c> that writes the invitee's <c>InternalNote</c> (Breakout's: a CvAnswer carries no note
    /// field), unless the event has a question of that code.
    /// </summary>
    public const string InternalNoteCode = "InternalNote";

    /// <summary>The longest answer or note stored.</summary>
    public const int MaxAnswerLength = 2000;

    /// <summary>Question types whose answers cannot be one text (matrix and file questions): CV95102.</summary>
    public static bool IsAnswerable(string? questionType) =>
        questionType is null || !(questionType.Contains("Matrix", StringComparison.OrdinalIgnoreCase) || questionType.Contains("File", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a question type takes one of its answers (Single Choice, Multiple Choice, Choice).</summary>
    public static bool IsChoice(string? questionType) => questionType?.Contains("Choice", StringComparison.OrdinalIgnoreCase) == true;
}
