namespace Breakout.Domain.Email;

/// <summary>Cvent's <c>s1:EmailTemplate</c> (SendEmail's <c>EmailTemplateName</c>), in WSDL order.</summary>
public enum EmailTemplate
{
    Invitation,
    CustomInviteeMessage,
    InvitationReminder,
    CustomUndecidedMessage,
    RegistrationConfirmation,
    EventReminder,
    CustomAttendeeMessage,
    ModificationConfirmation,
    CancellationConfirmation,
    Regret,
    CustomDeclineeMessage,
    PostEventFollowUp,
    CustomAttendedMessage,
    ApprovalDenied,
    ApprovalPending,
    CustomEmail,
    SurveyInvitation,
    SurveyCustomInviteeMessage,
    SurveyReminder,
    SurveyCustomNoResponseMessage,
    SurveyPartiallyCompleteMessage,
    SurveyCustomMessageToPartials,
    SurveyCompletionMessage,
    SurveyCustomMessageToRespondents,
    SurveyCustomEmail,
    SurveyInvitationWithQuestion,
}
