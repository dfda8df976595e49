namespace Breakout.Storage;

/// <summary>Rows to create or update in one import; applied events first, guests last.</summary>
public sealed record CatalogBatch
{
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; init; } = [];

    /// <summary>Registration types of events (UpdateRegistrationType assigns them), applied after sessions.</summary>
    public IReadOnlyList<RegistrationTypeRecord> RegistrationTypes { get; init; } = [];

    public IReadOnlyList<ContactRecord> Contacts { get; init; } = [];

    public IReadOnlyList<InviteeRecord> Invitees { get; init; } = [];

    public IReadOnlyList<GuestRecord> Guests { get; init; } = [];

    /// <summary>Objects of the types imported through the catalogue's declarations, applied after guests.</summary>
    public IReadOnlyList<CvObjectRow> Objects { get; init; } = [];

    /// <summary>Detail rows of those objects, applied last.</summary>
    public IReadOnlyList<CvDetailRow> Details { get; init; } = [];

    public int Count => Events.Count + Sessions.Count + RegistrationTypes.Count + Contacts.Count + Invitees.Count + Guests.Count + Objects.Count + Details.Count;
}
