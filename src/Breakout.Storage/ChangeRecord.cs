namespace Breakout.Storage;

/// <summary>
/// One change of the feed: its position, its type (<c>session.registered</c>, <c>invitee.accepted</c>,
/// <c>contact.updated</c>, …), the API call that made it (operation, call ID, time), and the IDs it concerns (null when
/// not applicable). <see cref="Fields"/> lists the changed fields of an <c>invitee.updated</c> or <c>guest.updated</c>;
/// <see cref="ObjectId"/> is the list, planner user or user group a change of one concerns, <see cref="MemberId"/> the
/// user added to or removed from a user group (a list's member is the <see cref="ContactId"/>).
/// <see cref="ChangedFields"/> names the fields a <c>session.updated</c> or <c>event.updated</c> changed (Cvent's
/// names: <c>Capacity</c>, <c>Status</c>, …; empty when the update set every value it gave to what it already was;
/// null when not recorded, as for an import).
/// </summary>
public sealed record ChangeRecord(
    long Position,
    string Type,
    DateTimeOffset At,
    string Operation,
    string CallId,
    string? EventId,
    string? SessionId,
    string? RegistrantId,
    string? RegistrantKind,
    string? ConfirmationNumber,
    string? ContactId,
    string? MessageId,
    IReadOnlyList<ChangedField>? Fields,
    string? ObjectId = null,
    string? MemberId = null,
    IReadOnlyList<string>? ChangedFields = null);
