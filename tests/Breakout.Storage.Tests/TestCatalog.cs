using Breakout.Domain;

namespace Breakout.Storage.Tests;

/// <summary>
/// A small catalogue with one session for each rule the contract tests exercise, with fresh IDs each time so
/// that two tenants built from it share nothing but their shape.
/// </summary>
public sealed class TestCatalog
{
    private static readonly DateTimeOffset Start = new(2027, 6, 14, 9, 0, 0, TimeSpan.Zero);

    public TestCatalog(int acceptedInvitees = 10)
    {
        Event = new EventRecord(CventId.New(), "Contract Conference", "CC27", EventStatus.Active, Start, Start.AddDays(2), "UTC");
        OtherEvent = new EventRecord(CventId.New(), "Other Conference", "OC27", EventStatus.Active, Start, Start.AddDays(1), "UTC");
        Unlimited = Session(Event, "Unlimited", -1);
        Small = Session(Event, "Small", 2, waitlist: 2);
        Single = Session(Event, "Single", 1);
        GroupA = Session(Event, "Track A", 10, group: "Tracks");
        GroupB = Session(Event, "Track B", 10, group: "Tracks");
        Included = Session(Event, "Keynote", 10, included: true);
        Closed = Session(Event, "Closed", 10, status: ProductStatus.ClosedForRegistration);
        OtherEventSession = Session(OtherEvent, "Elsewhere", 10);
        Accepted = [.. Enumerable.Range(1, acceptedInvitees).Select(i => Invitee(Event, i, InviteeStatus.Accepted))];
        Declined = Invitee(Event, acceptedInvitees + 1, InviteeStatus.Declined);
        Guest = new GuestRecord(CventId.New(), Accepted[0].Id, "GST000001", InviteeStatus.Accepted, "Plus", "One", "plus.one@example.com");
        Batch = new CatalogBatch
        {
            Events = [Event, OtherEvent],
            Sessions = [Unlimited, Small, Single, GroupA, GroupB, Included, Closed, OtherEventSession],
            Invitees = [.. Accepted, Declined],
            Guests = [Guest],
        };
    }

    public EventRecord Event { get; }

    public EventRecord OtherEvent { get; }

    /// <summary>Capacity -1: never full.</summary>
    public SessionRecord Unlimited { get; }

    /// <summary>Two seats and a waitlist of two.</summary>
    public SessionRecord Small { get; }

    /// <summary>One seat, no waitlist.</summary>
    public SessionRecord Single { get; }

    public SessionRecord GroupA { get; }

    public SessionRecord GroupB { get; }

    public SessionRecord Included { get; }

    public SessionRecord Closed { get; }

    public SessionRecord OtherEventSession { get; }

    public IReadOnlyList<InviteeRecord> Accepted { get; }

    public InviteeRecord Declined { get; }

    /// <summary>An Accepted guest of the first Accepted invitee.</summary>
    public GuestRecord Guest { get; }

    public CatalogBatch Batch { get; }

    private static SessionRecord Session(EventRecord e, string name, int capacity, int waitlist = 0, string? group = null, bool included = false,
        ProductStatus status = ProductStatus.OpenForRegistration) =>
        new(CventId.New(), e.Id, name, name.ToUpperInvariant(), e.StartAt, e.EndAt, status, null, capacity, waitlist > 0, waitlist, group, included);

    private static InviteeRecord Invitee(EventRecord e, int i, InviteeStatus status) =>
        new(CventId.New(), e.Id, null, $"CNF{i:D6}", status, $"First{i:D4}", $"Last{i:D4}", $"invitee{i:D4}@example.com");
}
