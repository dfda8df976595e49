namespace Breakout.Domain.Invitees;

/// <summary>An UpdateInviteeInternalInfo call: answers to the internal information questions of one event.</summary>
public sealed record UpdateInternalInfoCommand(long AccountKey, long ApiUserKey, Guid CallId, string? EventId, IReadOnlyList<InternalAnswerInput> Answers);
