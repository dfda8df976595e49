namespace Breakout.Storage;

/// <summary>Rows to create or update in one import; applied events first, guests last.</summary>
public sealed record CatalogBatch
{
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; init; } = [];

    public IReadOnlyList<ContactRecord> Contacts { get; init; } = [];

    public IReadOnlyList<InviteeRecord> Invitees { get; init; } = [];

    public IReadOnlyList<GuestRecord> Guests { get; init; } = [];

    public int Count => Events.Count + Sessions.Count + Contacts.Count + Invitees.Count + Guests.Count;
}
