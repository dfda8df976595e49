namespace Breakout.Domain.Contacts;

/// <summary>A DeleteContact call: contact IDs as <c>CvObject</c> items.</summary>
public sealed record DeleteContactsCommand(long AccountKey, long ApiUserKey, Guid CallId, IReadOnlyList<ObjectItem> Items);
