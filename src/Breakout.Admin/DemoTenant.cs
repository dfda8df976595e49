using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Storage;

namespace Breakout.Admin;

/// <summary>
/// The demo tenant: the same account, events, sessions, invitees and guests (same IDs) on every run, so scripts
/// and tests can rely on it. Its credentials are public, so its password is hashed with a low work factor.
/// </summary>
public static partial class DemoTenant
{
    public const string AccountNumber = "BREAKOUTDEMO";
    public const string UserName = "demo";
    public const string Password = "demo-password";
    public const int InviteeCount = 1200;
    public const int GuestCount = 120;

    /// <summary>Iterations for the demo password: its secrecy does not matter, start-up and test speed does.</summary>
    private const int DemoHashIterations = 10_000;

    private static readonly DateTimeOffset EventStart = new(2027, 6, 14, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Creates the tenant in <paramref name="store"/> and returns its manifest.</summary>
    public static async Task<DemoManifest> CreateAsync(IBreakoutStore store, string endpoint, CancellationToken cancellationToken = default)
    {
        // An existing account is filled in again (the catalogue is upserted): `breakout demo` repairs a tenant.
        var (account, import) = await store.FindAccountAsync(AccountNumber, cancellationToken) is { } found
            ? (found, true)
            : await CreateOrFindAccountAsync(store, cancellationToken);
        if (!import)
        {
            // Another node created the account at this moment and is importing the rest; importing it again here
            // would only wait for that import's locks.
            return Manifest(Build(), endpoint);
        }

        await store.CreateApiUserAsync(account.Key, UserName, PasswordHash.Create(Password, DemoHashIterations), "", cancellationToken);
        var batch = Build();
        var errors = await store.ImportAsync(account.Key, batch, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The demo tenant could not be imported: {errors[0].Message}");
        }

        return Manifest(batch, endpoint);
    }

    /// <summary>
    /// Creates the demo account, or finds the one another node created at the same moment (nodes started together with
    /// <c>--demo</c> on an empty database): the account number is unique, so one insert wins, and that node alone goes
    /// on to write the API user and the catalogue.
    /// </summary>
    private static async Task<(AccountRecord Account, bool Created)> CreateOrFindAccountAsync(IBreakoutStore store, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.CreateAccountAsync(AccountNumber, "Breakout demo", cancellationToken), true);
        }
        catch (System.Data.Common.DbException)
        {
            var created = await store.FindAccountAsync(AccountNumber, cancellationToken);
            if (created is null)
            {
                throw;
            }

            return (created, false);
        }
    }

    /// <summary>The tenant's rows, generated from a fixed seed.</summary>
    public static CatalogBatch Build()
    {
        var random = new Random(200611);
        CventId NextId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new CventId(new Guid(bytes));
        }

        var conference = new EventRecord(NextId(), "Breakout Demo Conference", "BRK2027", EventStatus.Active, EventStart, EventStart.AddDays(2), "UTC");
        var closedEvent = new EventRecord(NextId(), "Breakout Closed Summit", "BRK2026", EventStatus.Closed, EventStart.AddYears(-1), EventStart.AddYears(-1).AddDays(1), "UTC");

        SessionRecord Session(EventRecord e, string name, string code, int hour, int capacity, bool waitlist = false, int waitlistCapacity = 0,
            ProductStatus status = ProductStatus.OpenForRegistration, string? group = null, bool included = false, DateTimeOffset? autoClose = null) =>
            new(NextId(), e.Id, name, code, e.StartAt!.Value.AddHours(hour), e.StartAt!.Value.AddHours(hour + 1), status, autoClose,
                capacity, waitlist, waitlist ? waitlistCapacity : 0, group, included);

        var sessions = new List<SessionRecord>
        {
            Session(conference, "Opening Keynote", "KEY", 0, 2000, included: true),
            Session(conference, "Hands-on Workshop", "WKS", 1, 5, waitlist: true, waitlistCapacity: 3),
            Session(conference, "Morning Track A", "MTA", 2, 300, group: "Morning Tracks"),
            Session(conference, "Morning Track B", "MTB", 2, 300, group: "Morning Tracks"),
            Session(conference, "Closed Roundtable", "CRT", 3, 50, status: ProductStatus.ClosedForRegistration),
            Session(conference, "Early-bird Breakfast", "EBB", 4, 50, autoClose: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Session(conference, "Networking Lounge", "NET", 5, -1),
            Session(conference, "Speaker Dinner", "DIN", 6, 2),
            Session(closedEvent, "Last Year's Keynote", "OLD", 0, 500),
        };

        var statuses = new[] { InviteeStatus.NoResponse, InviteeStatus.Declined, InviteeStatus.Visited, InviteeStatus.Waitlisted, InviteeStatus.Cancelled, InviteeStatus.PendingApproval, InviteeStatus.DeniedApproval };
        var contacts = new List<ContactRecord>();
        var invitees = new List<InviteeRecord>();
        for (var i = 1; i <= InviteeCount + 20; i++)
        {
            var e = i <= InviteeCount ? conference : closedEvent;
            // Four in five are Accepted; the rest cycle through every other status.
            var status = i % 5 == 0 ? statuses[(i / 5) % statuses.Length] : InviteeStatus.Accepted;
            var contact = new ContactRecord(NextId(), $"Guest{i:D4}", $"Attendee{i:D4}", $"attendee{i:D4}@example.com", "Example Ltd");
            contacts.Add(contact);
            invitees.Add(new InviteeRecord(NextId(), e.Id, contact.Id, $"BRK{i:D6}", status, contact.FirstName, contact.LastName, contact.EmailAddress));
        }

        var guests = new List<GuestRecord>();
        for (var i = 1; i <= GuestCount; i++)
        {
            var host = invitees[(i - 1) * 3];
            var status = i % 10 == 0 ? InviteeStatus.Declined : InviteeStatus.Accepted;
            guests.Add(new GuestRecord(NextId(), host.Id, $"GST{i:D6}", status, $"Plus{i:D3}", host.LastName, $"guest{i:D3}@example.com"));
        }

        // Registration types (UpdateRegistrationType): fixed IDs, so the seeded IDs after them stay as they were.
        CventId SessionOf(string code) => sessions.First(s => s.Code == code).Id;
        RegistrationTypeRecord[] registrationTypes =
        [
            new(CventId.Parse("7e9a0001-0000-4000-8000-000000000001"), conference.Id, "Attendee", "ATT", -1, [SessionOf("KEY")]),
            new(CventId.Parse("7e9a0001-0000-4000-8000-000000000002"), conference.Id, "VIP", "VIP", 25, [SessionOf("KEY"), SessionOf("NET")]),
            new(CventId.Parse("7e9a0001-0000-4000-8000-000000000003"), conference.Id, "Press", "PRS", 3, []),
        ];

        var batch = new CatalogBatch
        {
            Events = [conference, closedEvent],
            Sessions = sessions,
            RegistrationTypes = registrationTypes,
            Contacts = contacts,
            Invitees = invitees,
            Guests = guests,
        };

        // #17 part A
        var (objects, details) = DeclaredObjects(NextId, batch);

        // #17 part B
        var (surveyObjects, surveyDetails) = SurveysAndLists(NextId, batch);
        details.AddRange(TravelAndEventDetails(NextId, batch, objects)); // #17 details
        return batch with { Objects = [.. objects, .. surveyObjects], Details = [.. details, .. surveyDetails] };
    }

    public static DemoManifest Manifest(CatalogBatch batch, string endpoint) => new DemoManifest(
        endpoint,
        AccountNumber,
        UserName,
        Password,
        [.. batch.Events.Select(e => new DemoManifest.Event(
            e.Id.ToString(),
            e.Title,
            e.Status.ToString(),
            [.. batch.Sessions.Where(s => s.EventId == e.Id).Select(s => new DemoManifest.Session(
                s.Id.ToString(), s.Name, s.Code, s.Capacity, s.EnableWaitlist, s.WaitlistCapacity, s.Status.ToString(), s.Group, s.Included,
                s.AutoCloseAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)))],
            [.. batch.Invitees.Where(i => i.EventId == e.Id).Select(i => new DemoManifest.Invitee(i.Id.ToString(), i.ConfirmationNumber, i.Status.ToWire()))],
            [.. batch.Guests.Where(g => batch.Invitees.First(i => i.Id == g.InviteeId).EventId == e.Id)
                .Select(g => new DemoManifest.Guest(g.Id.ToString(), g.InviteeId.ToString(), g.ConfirmationNumber, g.Status.ToWire()))]))])
    {
        Objects = [.. batch.Objects.Select(o => new DemoManifest.DeclaredObject(o.Type.Name, o.Id.ToString(), Label(o)))],
    };
}
