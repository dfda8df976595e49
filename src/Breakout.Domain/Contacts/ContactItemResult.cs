namespace Breakout.Domain.Contacts;

/// <summary>
/// The answer for one contact (<c>CreateContactResult</c>, <c>UpdateContactResult</c>, <c>UpsertContactResult</c>,
/// <c>DeleteContactResult</c>): its ID, the item's MessageId as <c>ReferenceId</c>, its <c>SourceId</c>, and for
/// UpsertContact whether it was created.
/// </summary>
public sealed record ContactItemResult(string? Id, string? ReferenceId, string? SourceId, CventError? Error, bool NewContact = false)
{
    public bool Success => Error is null;
}
