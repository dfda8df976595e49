using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Security.Tests;

/// <summary>
/// One server with two tenants: A, the demo tenant (with a session registration, a waitlist place and an event
/// check-in, so there is something to leak or change), and B, created through the store with its own event,
/// session and invitee. Tests call as B.
/// </summary>
public sealed class TenantIsolationFixture : IAsyncLifetime
{
    public const string AccountB = "TENANTB";
    private const string UserB = "tenant-b-api";
    private const string PasswordB = "tenant-b-password";

    public BreakoutServer Server { get; private set; } = null!;

    public long AccountKeyA { get; private set; }

    public string TokenA { get; private set; } = null!;

    public string TokenB { get; private set; } = null!;

    /// <summary>A's invitee with a seat in NET, a waitlist place in WKS and an event check-in.</summary>
    public DemoManifest.Invitee InviteeA { get; private set; } = null!;

    public string EventB { get; } = CventId.New().ToString();

    public string SessionB { get; } = CventId.New().ToString();

    public string InviteeB { get; } = CventId.New().ToString();

    public const string ConfirmationB = "TENB000001";

    /// <summary>A contact of tenant A with no invitee yet (TransferInvitee would create one).</summary>
    public string ContactA { get; } = CventId.New().ToString();

    /// <summary>Tenant B's contact.</summary>
    public string ContactB { get; } = CventId.New().ToString();

    /// <summary>Tenant B's contact group, distribution list, user role, user group and planner user (#18); B's API user is <c>UserB</c>.</summary>
    public string GroupB { get; } = CventId.New().ToString();

    public string ListB { get; } = CventId.New().ToString();

    public string RoleB { get; } = CventId.New().ToString();

    public string UserGroupB { get; } = CventId.New().ToString();

    public string PlannerB { get; } = CventId.New().ToString();

    /// <summary>The <c>Idempotency-Key</c> A sent with a session registration (#21), so A's response is kept under it.</summary>
    public string IdempotencyKeyA { get; } = $"tenant-a-{Guid.NewGuid():N}";

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync();
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        AccountKeyA = (await store.FindAccountAsync(DemoTenant.AccountNumber))!.Key;
        var account = await store.CreateAccountAsync(AccountB, "Tenant B");
        await store.CreateApiUserAsync(account.Key, UserB, PasswordHash.Create(PasswordB, 1000), "");
        var start = new DateTimeOffset(2027, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var ownEvent = new EventRecord(CventId.Parse(EventB), "Tenant B summit", "TBS", EventStatus.Active, start, start.AddDays(1), "UTC");
        var contact = new ContactRecord(CventId.Parse(ContactB), "Bea", "Bee", "bea@example.org", "B Ltd");
        Assert.Empty(await store.ImportAsync(AccountKeyA, new CatalogBatch { Contacts = [new ContactRecord(CventId.Parse(ContactA), "Al", "Aye", "al@example.com", "A Ltd")] }));
        var batch = new CatalogBatch
        {
            Events = [ownEvent],
            Sessions = [new SessionRecord(CventId.Parse(SessionB), ownEvent.Id, "B session", "BS", start, start.AddHours(1), ProductStatus.OpenForRegistration, null, 10, true, 5, null, false)],
            Contacts = [contact],
            Invitees = [new InviteeRecord(CventId.Parse(InviteeB), ownEvent.Id, contact.Id, ConfirmationB, InviteeStatus.Accepted, "Bea", "Bee", "bea@example.org")],
        };
        Assert.Empty(await store.ImportAsync(account.Key, batch));
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch // #18
        {
            Objects =
            [
                new CvObjectRow(ContactGroupObject.Descriptor, CventId.Parse(GroupB), new Dictionary<string, object?> { ["Name"] = "B group" }),
                new CvObjectRow(DistributionListObject.Descriptor, CventId.Parse(ListB), new Dictionary<string, object?> { ["DistributionListName"] = "B list" }),
                new CvObjectRow(UserRoleObject.Descriptor, CventId.Parse(RoleB), new Dictionary<string, object?> { ["UserRoleName"] = "B role" }),
                new CvObjectRow(UserGroupObject.Descriptor, CventId.Parse(UserGroupB), new Dictionary<string, object?> { ["UserGroupName"] = "B team" }),
                new CvObjectRow(UserObject.Descriptor, CventId.Parse(PlannerB), new Dictionary<string, object?>
                {
                    ["Username"] = "b-planner", ["UserRoleId"] = CventId.Parse(RoleB), ["Email"] = "b@example.org", ["FirstName"] = "B", ["LastName"] = "Planner",
                }),
            ],
        }));
        TokenB = await LoginAsync(AccountB, UserB, PasswordB);
        TokenA = await Server.LoginAsync();

        InviteeA = Server.AcceptedInvitees.First();
        Assert.True(Assert.Single(await Server.SessionRegActionAsync(TokenA, "Register", Server.Session("NET").Id, (InviteeA.Id, null, null))).Success);
        var fill = Server.AcceptedInvitees.Skip(1).Take(5).Select(i => ((string?)i.Id, (string?)null, (string?)null)).ToArray();
        Assert.All(await Server.SessionRegActionAsync(TokenA, "Register", Server.Session("WKS").Id, fill), r => Assert.True(r.Success));
        // WKS is full now: the register puts InviteeA on its waitlist (BO90203).
        Assert.Equal("BO90203", Assert.Single(await Server.SessionRegActionAsync(TokenA, "Register", Server.Session("WKS").Id, (InviteeA.Id, null, null))).ErrorCode);
        await RegisterWithIdempotencyKeyAsync(); // #21
        var checkIn = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(TokenA,
            $"<CheckIn xmlns=\"http://api.cvent.com/2006-11\"><CvObjects><CvObject Id=\"{InviteeA.Id}\"/></CvObjects><AttendeeType>Event</AttendeeType></CheckIn>"), null);
        Assert.True(checkIn.Status == 200 && checkIn.Body.Contains("Success=\"true\"", StringComparison.Ordinal), checkIn.Body);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A's session registration sent with <see cref="IdempotencyKeyA"/>, so A's response is kept under that key.</summary>
    private async Task RegisterWithIdempotencyKeyAsync()
    {
        var invitee = Server.AcceptedInvitees.Skip(6).First().Id;
        var reply = await RawSoapPost.PostAsync(Server.Client, Server.Endpoint,
            SoapEnvelopes.SessionRegAction(TokenA, "Register", Server.Session("NET").Id, (invitee, null, null)), "SessionRegAction", IdempotencyKeyA);
        Assert.True(reply.Status == 200 && reply.Text.Contains("Success=\"true\"", StringComparison.Ordinal), reply.Text);
    }

    private async Task<string> LoginAsync(string account, string user, string password)
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.Login(account, user, password), SoapEnvelopes.Action("Login"));
        return (string?)reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")
            ?? throw new InvalidOperationException("Tenant B could not log in: " + reply.Body);
    }
}
