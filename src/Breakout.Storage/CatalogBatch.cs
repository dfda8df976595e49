namespace Breakout.Storage;

/// <summary>Rows to create or update in one import; applied events first, guests last.</summary>
public sealed record CatalogBatch
{
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; init; } = [];

    public IReadOnlyList<ContactRecord> Contacts { get; init; } = [];

    public IReadOnlyList<InviteeRecord> Invitees { get; init; } = [];

    public IReadOnlyList<GuestRecord> Guests { get; init; } = [];

    // #17 part B
    /// <summary>Surveys, responses, e-mail history, contact groups, distribution lists and appointments, after the guests.</summary>
    public IReadOnlyList<CvObjectRow> Objects { get; init; } = [];

    public int Count => Events.Count + Sessions.Count + Contacts.Count + Invitees.Count + Guests.Count + Objects.Count;
}
