using System.Globalization;
using System.Xml.Linq;
using Breakout.TestSupport;

namespace Interop.Tests.Scenario;

/// <summary>
/// The calls every client makes, and what Breakout must have answered: Login; Register of one accepted invitee
/// (succeeds) and one ID that names no invitee (fails with CV84001 in <c>Errors</c>) into session MTA; ValidateInvitee
/// of both for that session; Retrieve of the invitee's Registration, whose <c>OrderDetail</c> shows the seat; Search
/// for the invitee by event and last name; Unregister; ValidateInvitee of the invitee again.
/// </summary>
public static class InteropScenario
{
    public const string MissingInvitee = "00000000-0000-4000-8000-000000000000";

    /// <summary>The last name the scripts search for to get no match (the demo's last names are <c>AttendeeNNNN</c>).</summary>
    public const string NoSuchLastName = "NoSuchLastName";

    /// <summary>The demo manifest the server wrote, which the scripts read for IDs and credentials.</summary>
    public static string ManifestPath(BreakoutServer server) => Path.Combine(server.Directory, "manifest.json");

    public static string ProductId(BreakoutServer server) => server.Session("MTA").Id;

    public static string Invitee(BreakoutServer server) => server.AcceptedInvitees.First().Id;

    public static void AssertAnswered(BreakoutServer server, ScenarioResult result)
    {
        AssertLoggedIn(server, result.Login);
        AssertRegistered(server, result.Register);

        // ValidateInvitee (ProductType=Session) after Register: the invitee holds a seat; the unknown ID fails as
        // SessionRegAction's does. Demo registrants are paid in full and nobody has checked in.
        Assert.NotNull(result.Validate);
        Assert.Equal(2, result.Validate.Count);
        AssertValidated(new ValidateOutcome(Invitee(server), "val-1", Registered: true, PaidInFull: true, CheckedIn: false, Success: true, []), result.Validate[0]);
        AssertValidated(new ValidateOutcome(null, "val-2", Registered: false, PaidInFull: false, CheckedIn: false, Success: false,
            [new ErrorOutcome("CV84001", "Invitee ID does not exist")]), result.Validate[1]);

        AssertRetrieved(server, result.Retrieve);
        AssertFound(server, result.Search);

        var unregistered = Assert.Single(result.Unregister);
        Assert.Equal(Invitee(server), unregistered.Id, ignoreCase: true);
        Assert.True(unregistered.Success);
        Assert.Empty(unregistered.Errors);

        // After Unregister the seat is gone but the invitee still exists.
        Assert.NotNull(result.ValidateAfter);
        AssertValidated(new ValidateOutcome(Invitee(server), "val-1", Registered: false, PaidInFull: true, CheckedIn: false, Success: true, []),
            Assert.Single(result.ValidateAfter));
    }

    /// <summary>Login succeeded, gave this server's endpoint as <c>ServerURL</c>, and a session value came back.</summary>
    public static void AssertLoggedIn(BreakoutServer server, LoginOutcome login)
    {
        Assert.True(login.Success, "Login failed: " + login.ErrorMessage);
        Assert.Equal(server.Endpoint, login.ServerUrl);
        Assert.True(login.Session);
    }

    /// <summary>SessionRegAction Register of the invitee (msg-1) succeeded and of <see cref="MissingInvitee"/> (msg-2) failed with CV84001.</summary>
    public static void AssertRegistered(BreakoutServer server, IReadOnlyList<ItemOutcome> register)
    {
        Assert.Equal(2, register.Count);
        var registered = register[0];
        Assert.Equal(Invitee(server), registered.Id, ignoreCase: true);
        Assert.Equal("msg-1", registered.ReferenceId);
        Assert.True(registered.Success);
        Assert.Empty(registered.Errors);

        var failed = register[1];
        Assert.Equal(MissingInvitee, failed.Id, ignoreCase: true);
        Assert.Equal("msg-2", failed.ReferenceId);
        Assert.False(failed.Success);
        var error = Assert.Single(failed.Errors);
        Assert.Equal("CV84001", error.Code);
        Assert.Equal("Invitee ID does not exist", error.Description);
    }

    /// <summary>
    /// The client sent ValidateInvitee as Cvent's WSDL declares it: <c>CvInvitees</c> is <c>tns:ArrayOfCvInvitee</c>,
    /// so its <c>CvInvitee</c> items are in tns (SessionRegAction's are in s1). Breakout accepts both; real clients send this.
    /// </summary>
    public static void AssertValidateInviteeRequest(string? request)
    {
        Assert.NotNull(request);
        XNamespace tns = "http://api.cvent.com/2006-11";
        var body = XDocument.Parse(request).Descendants(tns + "ValidateInvitee").Single();
        Assert.Equal("Session", (string?)body.Element(tns + "ProductType"));
        var items = body.Element(tns + "CvInvitees")!.Elements().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(tns + "CvInvitee", item.Name));
    }

    /// <summary>Compares item by item, IDs ignoring case, so a failure names the field that differs.</summary>
    private static void AssertValidated(ValidateOutcome expected, ValidateOutcome actual)
    {
        Assert.Equal(expected.InviteeId, actual.InviteeId, ignoreCase: true);
        Assert.Equal(expected.ReferenceId, actual.ReferenceId);
        Assert.Equal(expected.Registered, actual.Registered);
        Assert.Equal(expected.PaidInFull, actual.PaidInFull);
        Assert.Equal(expected.CheckedIn, actual.CheckedIn);
        Assert.Equal(expected.Success, actual.Success);
        Assert.Equal(expected.Errors, actual.Errors);
    }

    /// <summary>The invitee's Registration, decoded as <c>Registration</c>, with an <c>OrderDetail</c> for the seat in session MTA taken moments ago.</summary>
    public static void AssertRetrieved(BreakoutServer server, RetrieveOutcome? retrieved)
    {
        Assert.NotNull(retrieved);
        // The client built its Registration type from xsi:type, not the CvObject base type.
        Assert.Equal("Registration", retrieved.Type);
        Assert.Equal(Invitee(server), retrieved.Id, ignoreCase: true);
        Assert.Equal(Invitee(server), retrieved.InviteeId, ignoreCase: true);
        Assert.Equal(server.Conference.Id, retrieved.EventId, ignoreCase: true);
        Assert.False(string.IsNullOrEmpty(retrieved.LastName), "Retrieve returned no LastName.");

        var order = Assert.Single(retrieved.Orders, o => string.Equals(o.ProductId, ProductId(server), StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Session", order.ProductType);
        Assert.Equal("Registered", order.Action);
        Assert.False(order.Participant);
        // Cvent writes datetimes in UTC without an offset; the seat was taken moments ago.
        Assert.True(DateTime.TryParse(order.ActionDate, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var actionDate), $"ActionDate '{order.ActionDate}' is not a date.");
        Assert.InRange(actionDate, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddMinutes(1));
    }

    /// <summary>The Invitee and Registration searches found the invitee; the one for <see cref="NoSuchLastName"/> found nothing.</summary>
    public static void AssertFound(BreakoutServer server, SearchOutcome? found)
    {
        Assert.NotNull(found);
        Assert.Contains(Invitee(server), found.Invitees, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(Invitee(server), found.Registrations, StringComparer.OrdinalIgnoreCase);
        Assert.Empty(found.NoMatch);
    }
}
