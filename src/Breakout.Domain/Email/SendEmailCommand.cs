using Breakout.Domain.Events;

namespace Breakout.Domain.Email;

/// <summary>
/// A SendEmail call: one e-mail of <paramref name="Template"/> (or, for a custom template, the custom e-mail
/// <paramref name="EmailName"/>) to each recipient, an invitee of the activity. <paramref name="FromAddress"/> is the
/// sender this server writes into the message and the EventEmailHistory row.
/// </summary>
public sealed record SendEmailCommand(
    long AccountKey, long ApiUserKey, Guid CallId, ActivityType ActivityType, string? ActivityId, EmailTemplate Template, string? EmailName,
    bool ResendToPreviousRecipients, string FromAddress, IReadOnlyList<ObjectItem> Items);
