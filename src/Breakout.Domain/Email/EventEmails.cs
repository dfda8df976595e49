using Breakout.Domain.Events;

namespace Breakout.Domain.Email;

/// <summary>
/// SendEmail's rules for event e-mails (developers.cvent.com, SendEmail: "send an email to one or more event invitees
/// or survey respondents"; a custom template needs the custom e-mail's name in <c>EmailName</c>). Breakout holds no
/// designed e-mails, so each template has a plain-text message of its own, addressed to the invitee and naming the
/// event; a custom template's subject is its <c>EmailName</c>.
/// </summary>
public static class EventEmails
{
    /// <summary>Most characters of an e-mail address (RFC 5321's path limit).</summary>
    public const int MaxAddressLength = 254;

    /// <summary>Most characters of a custom e-mail's name, which becomes the message's subject line.</summary>
    public const int MaxEmailNameLength = 200;

    /// <summary>
    /// The whole-call error of a request, or null: only events are served (surveys and eMarketing have no e-mail
    /// access here), a template must be an event one, approval e-mails need an approval process Breakout does not
    /// have, and a custom template needs its name.
    /// </summary>
    public static CventError? CheckCall(ActivityType activityType, string? activityId, EmailTemplate template, string? emailName) => activityType switch
    {
        ActivityType.Survey => CventErrors.NoSurveyEmailAccess.WithDescription("No survey email access: this server holds events only."),
        ActivityType.Campaigns => CventErrors.NoEMarketingEmailAccess.WithDescription("No eMarketing email access: this server holds events only."),
        _ when string.IsNullOrWhiteSpace(activityId) => CventErrors.EmailArgumentsMissing.WithDescription("Required arguments not supplied: ActivityId."),
        _ when !CventId.TryParse(activityId, out _) => CventErrors.EmailArgumentInvalid.WithDescription($"Invalid argument format: ActivityId '{activityId}' is not an ID."),
        _ when template >= EmailTemplate.SurveyInvitation => CventErrors.InvalidEmailTemplate.WithDescription($"Invalid template: {template} is a survey e-mail, not an event one."),
        _ when template is EmailTemplate.ApprovalDenied or EmailTemplate.ApprovalPending => CventErrors.RegistrationApprovalNotEnabled,
        _ when IsCustom(template) && string.IsNullOrWhiteSpace(emailName) =>
            CventErrors.EmailArgumentsMissing.WithDescription($"Required arguments not supplied: EmailName (the custom e-mail's name) for {template}."),
        _ when IsCustom(template) && (emailName!.Trim().Length > MaxEmailNameLength || emailName.Any(char.IsControl)) =>
            CventErrors.EmailArgumentInvalid.WithDescription($"Invalid argument format: EmailName must be one line of at most {MaxEmailNameLength} characters."),
        _ => null,
    };

    /// <summary>The templates whose message is a custom e-mail named by <c>EmailName</c>.</summary>
    public static bool IsCustom(EmailTemplate template) => template is EmailTemplate.CustomInviteeMessage or EmailTemplate.CustomUndecidedMessage
        or EmailTemplate.CustomAttendeeMessage or EmailTemplate.CustomDeclineeMessage or EmailTemplate.CustomAttendedMessage or EmailTemplate.CustomEmail;

    /// <summary>
    /// Whether an address can be handed to a relay: <c>local@domain</c>, both parts non-empty, no spaces or control
    /// characters, at most <see cref="MaxAddressLength"/> characters. Deliverability is the relay's business.
    /// </summary>
    public static bool IsValidAddress(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > MaxAddressLength || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';'))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        return at > 0 && at < address.Length - 1 && address.IndexOf('@') == at;
    }

    /// <summary>The subject and plain-text body of one invitee's message.</summary>
    public static (string Subject, string Body) Render(EmailTemplate template, string? emailName, EmailRecipient recipient)
    {
        var title = recipient.EventTitle;
        var (subject, line) = template switch
        {
            EmailTemplate.Invitation => ($"You are invited: {title}", $"You are invited to {title}."),
            EmailTemplate.InvitationReminder => ($"Reminder: you are invited to {title}", $"This is a reminder that you are invited to {title}."),
            EmailTemplate.RegistrationConfirmation => ($"Registration confirmation: {title}", $"You are registered for {title}."),
            EmailTemplate.EventReminder => ($"Reminder: {title}", $"This is a reminder of {title}."),
            EmailTemplate.ModificationConfirmation => ($"Registration changed: {title}", $"Your registration for {title} has been changed."),
            EmailTemplate.CancellationConfirmation => ($"Registration cancelled: {title}", $"Your registration for {title} has been cancelled."),
            EmailTemplate.Regret => ($"Sorry you cannot attend: {title}", $"We are sorry you cannot attend {title}."),
            EmailTemplate.PostEventFollowUp => ($"Thank you for attending {title}", $"Thank you for attending {title}."),
            _ => (emailName?.Trim() ?? template.ToString(), $"A message about {title}."),
        };
        var body = $"Dear {recipient.FirstName} {recipient.LastName},\r\n\r\n{line}\r\n\r\nEvent: {title} ({recipient.EventCode})\r\n" +
            $"Confirmation number: {recipient.ConfirmationNumber}\r\n";
        return (subject, body);
    }
}
