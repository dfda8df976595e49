namespace Breakout.Domain.Contacts;

/// <summary>A CreateContact, UpdateContact or UpsertContact call.</summary>
public sealed record SaveContactsCommand(long AccountKey, long ApiUserKey, Guid CallId, ContactWriteMode Mode, IReadOnlyList<ContactInput> Contacts);
