using Breakout.Admin;
using Breakout.Domain.Objects;
using Breakout.Testing;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>Retrieve and GetUpdated over HTTP with raw SOAP: what SessionRegAction changed shows in Registration data.</summary>
public sealed class RetrieveTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    private string Token => fixture.Token;

    /// <summary>An Accepted guest of an Accepted invitee (the demo has some), distinct per test by <paramref name="skip"/>.</summary>
    private (DemoManifest.Invitee Invitee, DemoManifest.Guest Guest) InviteeWithGuest(int skip)
    {
        var accepted = Server.AcceptedInvitees.ToDictionary(i => i.Id);
        var guest = Server.Conference.Guests.Where(g => g.Status == "Accepted" && accepted.ContainsKey(g.InviteeId)).Skip(skip).First();
        return (accepted[guest.InviteeId], guest);
    }

    [Fact]
    public async Task Retrieve_Registration_HasXsiTypeAndOrderDetailOfTheInviteeAndGuestSessionRegistrations()
    {
        var (invitee, guest) = InviteeWithGuest(0);
        Assert.True(Assert.Single(await Server.SessionRegActionAsync(Token, "Register", Server.Session("NET").Id, (invitee.Id, null, "m1"))).Success);
        Assert.True(Assert.Single(await Server.SessionRegActionAsync(Token, "Register", Server.Session("MTA").Id, (guest.Id, null, "m2"))).Success);

        var reply = await Server.CallAsync(Token, "Retrieve", Retrieve("Registration", invitee.Id.ToLowerInvariant()));

        Assert.Contains("<RetrieveResult xmlns=\"http://schemas.cvent.com/api/2006-11\">", reply.Body, StringComparison.Ordinal);
        Assert.Contains($"<CvObject xsi:type=\"Registration\" Id=\"{invitee.Id}\" TargetedListId=\"00000000-0000-0000-0000-000000000000\" TargetedListName=\"\" " +
            $"InviteeId=\"{invitee.Id}\"", reply.Body, StringComparison.Ordinal);
        Assert.Equal(Xsi.NamespaceName, reply.Xml.Root!.GetNamespaceOfPrefix("xsi")?.NamespaceName);
        var registration = Assert.Single(Objects(reply));
        Assert.Equal("Registration", (string?)registration.Attribute(Xsi + "type"));
        Assert.Equal("Accepted", (string?)registration.Attribute("Status"));
        Assert.Equal(Server.Conference.Id, (string?)registration.Attribute("EventId"));
        Assert.Null(registration.Attribute("Credit"));
        Assert.Equal("false", (string?)registration.Attribute("IsTestRegistrant"));
        Assert.Equal(guest.Id, (string?)Assert.Single(registration.Elements(SoapEnvelopes.S1 + "GuestDetail")).Attribute("GuestId"));
        var orders = registration.Elements(SoapEnvelopes.S1 + "OrderDetail").ToList();
        Assert.Equal([Server.Session("NET").Id, Server.Session("MTA").Id], orders.Select(o => (string)o.Attribute("ProductId")!));
        Assert.All(orders, o =>
        {
            Assert.Equal("Registered", (string?)o.Attribute("Action"));
            Assert.Equal("Session", (string?)o.Attribute("ProductType"));
            Assert.Equal("1", (string?)o.Attribute("Quantity"));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?$", (string)o.Attribute("ActionDate")!);
        });
        Assert.Equal("Networking Lounge", (string?)orders[0].Attribute("ProductName"));
        Assert.StartsWith("Plus", (string?)orders[1].Attribute("FirstName"), StringComparison.Ordinal);
        Assert.Equal(["GuestDetail", "OrderDetail", "OrderDetail"], registration.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task Retrieve_OverSoap12_AnswersEventsWithProductDetailAndLeavesOutUnknownIds()
    {
        var envelope = $"""
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Header><CventSessionHeader xmlns="{Tns}"><CventSessionValue>{Token}</CventSessionValue>
            </CventSessionHeader></env:Header><env:Body>{Retrieve("Event", Guid.NewGuid().ToString(), Server.Conference.Id, Server.Session("NET").Id)}</env:Body></env:Envelope>
            """;

        var reply = await Server.PostSoap12Async(envelope);

        Assert.StartsWith("application/soap+xml", reply.ContentType, StringComparison.Ordinal);
        var e = Assert.Single(Objects(reply));
        Assert.Equal(("Event", Server.Conference.Id), ((string?)e.Attribute(Xsi + "type"), (string?)e.Attribute("Id")));
        Assert.Equal(("Breakout Demo Conference", "BRK2027", "2027-06-14T09:00:00", "Active"),
            ((string?)e.Attribute("EventTitle"), (string?)e.Attribute("EventCode"), (string?)e.Attribute("EventStartDate"), (string?)e.Attribute("EventStatus")));
        var products = e.Elements(SoapEnvelopes.S1 + "ProductDetail").ToList();
        Assert.Equal(Server.Conference.Sessions.Count, products.Count);
        Assert.Equal("true", (string?)products.Single(p => (string?)p.Attribute("ProductCode") == "KEY").Attribute("IsIncluded"));
    }

    [Fact]
    public async Task Retrieve_SessionInviteeAndGuest_CarryTheirTypesFields()
    {
        var (invitee, guest) = InviteeWithGuest(1);

        var session = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Session", Server.Session("WKS").Id))));
        var inviteeObject = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Invitee", invitee.Id))));
        var guestObject = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Guest", guest.Id))));

        Assert.Equal(("Session", "Hands-on Workshop", "5", "true", "3", "OpenForRegistration"),
            ((string?)session.Attribute(Xsi + "type"), (string?)session.Attribute("ProductName"), (string?)session.Attribute("Capacity"),
                (string?)session.Attribute("EnableWaitlist"), (string?)session.Attribute("WaitlistCapacity"), (string?)session.Attribute("Status")));
        Assert.Equal(("Invitee", invitee.ConfirmationNumber, "Accepted"),
            ((string?)inviteeObject.Attribute(Xsi + "type"), (string?)inviteeObject.Attribute("ConfirmationNumber"), (string?)inviteeObject.Attribute("Status")));
        Assert.Equal(("Guest", invitee.Id, guest.ConfirmationNumber),
            ((string?)guestObject.Attribute(Xsi + "type"), (string?)guestObject.Attribute("RegistrationID"), (string?)guestObject.Attribute("GuestConfirmationNumber")));
    }

    [Theory]
    [InlineData("<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Event</ObjectType></Retrieve>", "CV20018", "NO_ID_PROVIDED")]
    [InlineData("<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Event</ObjectType><Ids xmlns=\"http://schemas.cvent.com/api/2006-11\"/></Retrieve>", "CV20018", "NO_ID_PROVIDED")]
    [InlineData("<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Event</ObjectType><Ids xmlns=\"http://schemas.cvent.com/api/2006-11\"><Id>not-a-guid</Id></Ids></Retrieve>", "CV20001", "MALFORMED_ID")]
    [InlineData("<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Budget</ObjectType><Ids xmlns=\"http://schemas.cvent.com/api/2006-11\"><Id>not-a-guid</Id></Ids></Retrieve>", "BO20001", "INVALID_OBJECT_NAME")]
    [InlineData("<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>event</ObjectType></Retrieve>", "CV10001", "INVALID_SOAP_REQUEST")]
    [InlineData("<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><Ids xmlns=\"http://schemas.cvent.com/api/2006-11\"><Id>x</Id></Ids></Retrieve>", "CV10001", "INVALID_SOAP_REQUEST")]
    public async Task Retrieve_BadCall_Faults(string body, string code, string name)
    {
        var reply = await Server.CallAsync(Token, "Retrieve", body);

        Assert.Equal(500, reply.Status);
        Assert.Equal((code, name), (reply.FaultCode, reply.FaultString));
    }

    [Fact]
    public async Task Retrieve_201Ids_FaultsTooManyIds_And200AreAnswered()
    {
        var ids = Enumerable.Range(0, 201).Select(_ => Guid.NewGuid().ToString()).ToArray();

        var tooMany = await Server.CallAsync(Token, "Retrieve", Retrieve("Invitee", ids));
        var limit = await Server.CallAsync(Token, "Retrieve", Retrieve("Invitee", ids[..200]));

        Assert.Equal(("CV20021", "TOO_MANY_IDS_PROVIDED"), (tooMany.FaultCode, tooMany.FaultString));
        Assert.Empty(Objects(limit));
    }

    [Theory]
    [InlineData("GetUpdated", null, "2027-01-01T00:00:00", "CV20013")]
    [InlineData("GetUpdated", "yesterday", "2027-01-01T00:00:00", "CV20013")]
    [InlineData("GetDeleted", "2027-01-01T00:00:00", "2027-13-01T00:00:00", "CV20013")]
    [InlineData("GetUpdated", "2027-01-01T12:30:45", "2027-01-01T12:30:15", "CV20014")]
    [InlineData("GetUpdated", "2027-01-01T12:30:15", "2027-01-01T12:30:45", "CV20014")]
    [InlineData("GetDeleted", "2027-01-02T00:00:00", "2027-01-01T00:00:00", "CV20014")]
    public async Task Window_BadDates_Fault(string operation, string? start, string end, string code)
    {
        var reply = await Server.CallAsync(Token, operation, Window(operation, "Contact", start, end));

        Assert.Equal((code, "INVALID_DATE_VALUE"), (reply.FaultCode, reply.FaultString));
    }

    [Fact]
    public async Task GetDeleted_ListsTombstonesOfTheTypeInTheWindow()
    {
        var deleted = Guid.NewGuid().ToString().ToUpperInvariant();
        var at = new DateTimeOffset(2027, 3, 1, 10, 15, 30, TimeSpan.Zero);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Server.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO deleted_objects (account_pk, object_type, id, deleted_at) " +
                $"SELECT pk, 'Contact', '{deleted}', {at.ToUnixTimeMilliseconds()} FROM accounts WHERE account_number = '{Server.Manifest.AccountNumber}'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var contacts = Ids(await Server.CallAsync(Token, "GetDeleted", Window("GetDeleted", "Contact", "2027-03-01T10:15:59", "2027-03-01T10:16:00")), "GetDeleted");
        var events = Ids(await Server.CallAsync(Token, "GetDeleted", Window("GetDeleted", "Event", "2027-03-01T10:00:00", "2027-03-01T11:00:00")), "GetDeleted");
        var later = Ids(await Server.CallAsync(Token, "GetDeleted", Window("GetDeleted", "Contact", "2027-03-01T10:16:00", "2027-03-01T11:00:00")), "GetDeleted");

        Assert.Equal([deleted], contacts);
        Assert.Empty(events);
        Assert.Empty(later);
    }

    [Fact]
    public async Task DescribeCvObject_DescribesFieldsWithTypesFlagsAndLookUps_AndDescribeGlobalListsTheTypes()
    {
        var body = $"<DescribeCvObject xmlns=\"{Tns}\"><ObjectTypes xmlns=\"{S1}\"><CvObjectType>Registration</CvObjectType><CvObjectType>Session</CvObjectType></ObjectTypes></DescribeCvObject>";

        var reply = await Server.CallAsync(Token, "DescribeCvObject", body);
        var global = await Server.CallAsync(Token, "DescribeGlobal", $"<DescribeGlobal xmlns=\"{Tns}\"/>");
        var budget = await Server.CallAsync(Token, "DescribeCvObject", body.Replace("Session<", "Budget<", StringComparison.Ordinal));

        var results = reply.Xml.Descendants(SoapEnvelopes.S1 + "DescribeCvObjectResult").Where(e => e.Attribute("Name") is not null).ToList();
        Assert.Equal(["Registration", "Session"], results.Select(r => (string)r.Attribute("Name")!));
        Assert.Equal(("false", "true", "true"), ((string?)results[0].Attribute("Creatable"), (string?)results[0].Attribute("Replicateable"), (string?)results[0].Attribute("Searchable")));
        Assert.Contains("<Field Name=\"CancelledDate\" ObjectLocation=\"/Registration\" DataType=\"Date Time\" Searchable=\"true\" Required=\"false\" ReadOnly=\"true\" DefaultValue=\"\" DefaultSearchValue=\"\" />",
            reply.Body, StringComparison.Ordinal);
        Assert.Contains("<Field Name=\"InviteeId\" ObjectLocation=\"/Registration\" DataType=\"string\" MaxLength=\"36\"", reply.Body, StringComparison.Ordinal);
        var status = results[1].Elements(SoapEnvelopes.S1 + "Field").Single(f => (string?)f.Attribute("Name") == "Status");
        Assert.Equal(["OpenForRegistration", "ClosedForRegistration", "Cancelled"], status.Elements(SoapEnvelopes.S1 + "LookUpDetail").Select(l => (string)l.Attribute("Value")!));
        Assert.Equal(CvObjectCatalogue.All.Select(d => d.Name), global.Xml.Descendants(SoapEnvelopes.S1 + "CvObjectTypes").Select(e => e.Value));
        Assert.Equal(["Contact", "Event", "Invitee", "Registration", "Guest", "Session"], CvObjectCatalogue.All.Take(6).Select(d => d.Name));
        Assert.Equal(("BO20001", "INVALID_OBJECT_NAME"), (budget.FaultCode, budget.FaultString));
    }
}
