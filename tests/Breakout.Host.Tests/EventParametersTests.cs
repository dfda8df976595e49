using System.Xml.Linq;
using Breakout.Admin;
using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>CreateNoRegEvent, UpdateEventParameters and CopyEvent over HTTP, as raw SOAP.</summary>
public sealed class EventParametersTests : OwnServerTests
{
    private const string Valid = "Title=\"Board Dinner\" TimeZoneCode=\"UTC\" StartDate=\"2027-09-01T18:00:00\" EndDate=\"2027-09-01T22:00:00\" " +
        "PlannerFirstName=\"Ada\" PlannerLastName=\"Lovelace\"";

    private static string Body(string operation, string? eventId, params string[] items)
    {
        var array = operation == "UpdateEventParameters" ? "eventParams" : "EventParameters";
        return $"<{operation} xmlns=\"{ObjectCalls.Tns}\">" + (eventId is null ? "" : $"<EventId>{eventId}</EventId>") + $"<{array}>" +
            string.Concat(items.Select(i => i.StartsWith('<') ? i : $"<EventParameters xmlns=\"{ObjectCalls.S1}\" {i}/>")) + $"</{array}></{operation}>";
    }

    private Task<IReadOnlyList<(string? Id, string? ReferenceId, bool Success, string? Code)>> Call(string operation, string? eventId, params string[] items) =>
        CallAs(Token, operation, eventId, items);

    private async Task<IReadOnlyList<(string? Id, string? ReferenceId, bool Success, string? Code)>> CallAs(string token, string operation, string? eventId, params string[] items)
    {
        var reply = await Server.CallAsync(token, operation, Body(operation, eventId, items));
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + (operation + "Result")).Where(e => e.Parent?.Name == s1 + (operation + "Result")).Select(e => (
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Code")))];
    }

    private async Task<XElement> RetrieveOne(string type, string id) =>
        Assert.Single(ObjectCalls.Objects(await Server.CallAsync(Token, "Retrieve", ObjectCalls.Retrieve(type, id))));

    private async Task<IReadOnlyList<string>> UpdatedEvents()
    {
        var now = DateTimeOffset.UtcNow;
        var reply = await Server.CallAsync(Token, "GetUpdated", ObjectCalls.Window("GetUpdated", "Event", ObjectCalls.Gmt(now.AddHours(-1)), ObjectCalls.Gmt(now.AddHours(1))));
        return ObjectCalls.Ids(reply, "GetUpdated");
    }

    [Fact]
    public async Task CreateNoRegEvent_CreatesAnActiveEvent_ServedByRetrieveSearchAndGetUpdated()
    {
        var item = $"<EventParameters xmlns=\"{ObjectCalls.S1}\" MessageId=\"m1\" {Valid} LocationName=\"Guildhall\" City=\"London\" CountryCode=\"GB\" " +
            "Capacity=\"40\" Category=\"Dinner\" Language=\"English\"><CustomFieldDetail FieldName=\"Dress code\" FieldType=\"Text\" FieldValue=\"Black tie\"/></EventParameters>";

        var (id, reference, success, code) = Assert.Single(await Call("CreateNoRegEvent", null, item));

        Assert.True(success, code);
        Assert.Equal("m1", reference);
        var e = await RetrieveOne("Event", id!);
        Assert.Equal("Board Dinner", (string?)e.Attribute("EventTitle"));
        Assert.Equal("Active", (string?)e.Attribute("EventStatus"));
        Assert.Equal("Guildhall", (string?)e.Attribute("Location"));
        Assert.Equal("GB", (string?)e.Attribute("CountryCode"));
        Assert.Equal("40", (string?)e.Attribute("Capacity"));
        Assert.Equal("Ada", (string?)e.Attribute("PlannerFirstName"));
        Assert.Equal(10, ((string?)e.Attribute("EventCode"))?.Length);
        var custom = Assert.Single(e.Elements(SoapEnvelopes.S1 + "CustomFieldDetail"));
        Assert.Equal("Black tie", (string?)custom.Attribute("FieldValue"));
        var found = ObjectCalls.Ids(await Server.CallAsync(Token, "Search", ObjectCalls.Search("Event", "AndSearch", ObjectCalls.Filter("EventTitle", "Equals", "Board Dinner"))), "Search");
        Assert.Equal([id!], found);
        Assert.Contains(id!, await UpdatedEvents());
    }

    [Fact]
    public async Task CreateNoRegEvent_RefusesSimpleEventRegistration()
    {
        var id = Assert.Single(await Call("CreateNoRegEvent", null, Valid)).Id!;
        var body = $"<SimpleEventRegistration xmlns=\"{ObjectCalls.Tns}\"><RegAction>Register</RegAction><EventId>{id}</EventId>" +
            $"<CvObjects><CvObject Id=\"{Guid.NewGuid()}\"/></CvObjects></SimpleEventRegistration>";

        var reply = await Server.CallAsync(Token, "SimpleEventRegistration", body);

        Assert.Contains("CV70110", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateNoRegEvent_ValidatesEachItem_WithCventsCodes()
    {
        var results = await Call("CreateNoRegEvent", null,
            "TimeZoneCode=\"UTC\" StartDate=\"2027-09-01T18:00:00\" PlannerFirstName=\"A\" PlannerLastName=\"B\"",
            "Title=\"T\" StartDate=\"2027-09-01T18:00:00\" PlannerFirstName=\"A\" PlannerLastName=\"B\"",
            "Title=\"T\" TimeZoneCode=\"UTC\" PlannerFirstName=\"A\" PlannerLastName=\"B\"",
            "Title=\"T\" TimeZoneCode=\"UTC\" StartDate=\"2027-09-01T18:00:00\" PlannerLastName=\"B\"",
            "Title=\"T\" TimeZoneCode=\"UTC\" StartDate=\"2027-09-01T18:00:00\" PlannerFirstName=\"A\"",
            Valid.Replace("EndDate=\"2027-09-01T22:00:00\"", "EndDate=\"2027-09-01T17:00:00\"", StringComparison.Ordinal),
            Valid + " StateCode=\"ZZ\"",
            Valid + " CountryCode=\"XX\"",
            Valid.Replace("TimeZoneCode=\"UTC\"", "TimeZoneCode=\"Mars/Olympus\"", StringComparison.Ordinal),
            Valid + " Capacity=\"-5\"",
            Valid + " RSVPByDate=\"2027-09-02T00:00:00\"",
            Valid + " Category=\"Picnic\"",
            Valid + " PublishDate=\"soon\"",
            Valid);

        Assert.Equal(
            ["CV94101", "CV94102", "CV94103", "CV94104", "CV94105", "CV94106", "CV94107", "CV94108", "CV94109", "CV94110", "CV94112", "BO94101", "BO94101", null],
            results.Select(r => r.Code));
        Assert.All(results.SkipLast(1), r => Assert.Null(r.Id));
    }

    [Theory]
    [InlineData("CreateNoRegEvent", 0, "CV20018")]
    [InlineData("CreateNoRegEvent", 201, "CV30111")]
    [InlineData("CopyEvent", 201, "CV30117")]
    [InlineData("UpdateEventParameters", 201, "CV20021")]
    public async Task Batch_OfNoneOrTooManyItems_FaultsWithCventsLimitCode(string operation, int count, string fault)
    {
        var reply = await Server.CallAsync(Token, operation, Body(operation, operation == "CopyEvent" ? Server.Conference.Id : null, [.. Enumerable.Repeat(Valid, count)]));

        Assert.Equal(500, reply.Status);
        Assert.EndsWith(fault, reply.FaultCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateEventParameters_ChangesOnlyWhatItGives_AndGetUpdatedSeesIt()
    {
        var id = Assert.Single(await Call("CreateNoRegEvent", null, Valid + " City=\"London\"")).Id!;

        var results = await Call("UpdateEventParameters", null,
            $"Id=\"{id}\" MessageId=\"u1\" Title=\"Board Dinner 2\" City=\"\" Phone=\"+44 20 0000\"",
            "Title=\"No id\"",
            "Id=\"not-a-guid\"",
            $"Id=\"{Guid.NewGuid()}\"",
            $"Id=\"{id}\" EndDate=\"2027-09-01T10:00:00\"",
            $"Id=\"{id}\" Title=\"\"");

        Assert.Equal([null, "CV20018", "CV20001", "CV70109", "CV94106", "CV94101"], results.Select(r => r.Code));
        Assert.Equal((id, "u1"), (results[0].Id, results[0].ReferenceId));
        var e = await RetrieveOne("Event", id);
        Assert.Equal("Board Dinner 2", (string?)e.Attribute("EventTitle"));
        Assert.Equal("", (string?)e.Attribute("City"));
        Assert.Equal("+44 20 0000", (string?)e.Attribute("PhoneNumber"));
        Assert.Equal("Ada", (string?)e.Attribute("PlannerFirstName"));
        Assert.Contains(id, await UpdatedEvents());
    }

    [Fact]
    public async Task CopyEvent_CopiesSessionsQuestionsAndSettings_WithNewIds_AndNoneOfItsPeople()
    {
        var source = Server.Conference;
        await Server.SessionRegActionAsync(Token, "Register", Server.Session("WKS").Id, (Server.AcceptedInvitees.First().Id, null, null));

        var (id, reference, success, code) = Assert.Single(await Call("CopyEvent", source.Id,
            "MessageId=\"c1\" Title=\"Breakout Demo Conference 2028\" StartDate=\"2028-06-14T09:00:00\""));

        Assert.True(success, code);
        Assert.Equal("c1", reference);
        Assert.NotEqual(source.Id, id);
        var copy = await RetrieveOne("Event", id!);
        var original = await RetrieveOne("Event", source.Id);
        Assert.Equal("Breakout Demo Conference 2028", (string?)copy.Attribute("EventTitle"));
        Assert.Equal("Pending", (string?)copy.Attribute("EventStatus"));
        Assert.NotEqual((string?)original.Attribute("EventCode"), (string?)copy.Attribute("EventCode"));
        Assert.StartsWith("2028-06-14T09:00:00", (string?)copy.Attribute("EventStartDate"), StringComparison.Ordinal);
        var copiedSessions = copy.Elements(SoapEnvelopes.S1 + "ProductDetail").ToList();
        var originalSessions = original.Elements(SoapEnvelopes.S1 + "ProductDetail").ToList();
        Assert.Equal(originalSessions.Select(s => (string?)s.Attribute("ProductCode")).Order(), copiedSessions.Select(s => (string?)s.Attribute("ProductCode")).Order());
        Assert.Equal(originalSessions.Select(s => (string?)s.Attribute("Capacity")).Order(), copiedSessions.Select(s => (string?)s.Attribute("Capacity")).Order());
        Assert.Empty(copiedSessions.Select(s => (string?)s.Attribute("ProductId")).Intersect(originalSessions.Select(s => (string?)s.Attribute("ProductId"))));
        var questions = ObjectCalls.Ids(await Server.CallAsync(Token, "Search",
            ObjectCalls.Search("EventQuestion", "AndSearch", ObjectCalls.Filter("EventId", "Equals", id!))), "Search");
        Assert.Equal(2, questions.Count);
        var invitees = ObjectCalls.Ids(await Server.CallAsync(Token, "Search", ObjectCalls.Search("Invitee", "AndSearch", ObjectCalls.Filter("EventId", "Equals", id!))), "Search");
        Assert.Empty(invitees);
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var demo = (await store.FindAccountAsync(DemoTenant.AccountNumber))!;
        Assert.DoesNotContain(await store.ExportRegistrationsAsync(demo.Key).ToListAsync(), r => r.EventId == id);
        Assert.Contains(id!, await UpdatedEvents());
    }

    [Fact]
    public async Task CopyEvent_CarriesTheEventsFaqsStaffRolesAndFees_ButNotItsPlanningHistoryOrProcessForms()
    {
        var source = Server.Conference;

        var (id, _, success, code) = Assert.Single(await Call("CopyEvent", source.Id, "MessageId=\"c2\" Title=\"Breakout Demo Conference Copy\""));

        Assert.True(success, code);
        var original = (await RetrieveOne("EventDetail", source.Id)).Elements().ToList();
        var copy = (await RetrieveOne("EventDetail", id!)).Elements().ToList();
        Assert.Equal(["EventRoleDetail", "FAQDetail", "FAQDetail", "StaffDetail", "Fees"], copy.Select(r => r.Name.LocalName));
        string Flat(XElement row) => new XElement(row.Name.LocalName, row.Attributes().Where(a => a.Name.LocalName is not ("FeeID" or "CreatedDate" or "LastModifiedDate" or "ProductID" or "ProductName"))).ToString();
        Assert.Equal(original.Where(r => r.Name.LocalName is not ("PlanningStatusHistory" or "ProcessFormDetail")).Select(Flat), copy.Select(Flat));
        var (originalFee, copiedFee) = (original.Single(r => r.Name.LocalName == "Fees"), copy.Single(r => r.Name.LocalName == "Fees"));
        Assert.NotEqual((string?)originalFee.Attribute("FeeID"), (string?)copiedFee.Attribute("FeeID"));
        Assert.True(Guid.TryParse((string?)copiedFee.Attribute("FeeID"), out _));
        // The demo's late-registration fee is on the event itself: the copy's is on the copy.
        Assert.Equal((source.Id, id, "Breakout Demo Conference Copy"),
            ((string?)originalFee.Attribute("ProductID"), (string?)copiedFee.Attribute("ProductID"), (string?)copiedFee.Attribute("ProductName")));
    }

    [Fact]
    public async Task CopyEvent_OfAMissingMalformedOrUnknownEvent_FailsEachItem()
    {
        Assert.Equal(["CV20018", "CV20018"], (await Call("CopyEvent", null, "Title=\"A\"", "Title=\"B\"")).Select(r => r.Code));
        Assert.Equal("CV20001", Assert.Single(await Call("CopyEvent", "nope", "Title=\"A\"")).Code);
        Assert.Equal("CV70109", Assert.Single(await Call("CopyEvent", Guid.NewGuid().ToString(), "Title=\"A\"")).Code);
        Assert.Equal("CV94106", Assert.Single(await Call("CopyEvent", Server.Conference.Id, "EndDate=\"2000-01-01T00:00:00\"")).Code);
    }

    [Fact]
    public async Task AnotherAccountsEvent_IsNotFound_ByCopyOrUpdate_AndIsLeftAsItWas()
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var other = await store.CreateAccountAsync("EVOTHER", "Other tenant");
        await store.CreateApiUserAsync(other.Key, "ops", PasswordHash.Create("ops-pass", 1000), "");
        var login = await Server.PostSoap11Async(SoapEnvelopes.Login("EVOTHER", "ops", "ops-pass"), null);
        var token = (string)login.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;
        var demoEvent = Server.Conference.Id;

        Assert.Equal("CV70109", Assert.Single(await CallAs(token, "CopyEvent", demoEvent, "Title=\"Stolen\"")).Code);
        Assert.Equal("CV70109", Assert.Single(await CallAs(token, "UpdateEventParameters", null, $"Id=\"{demoEvent}\" Title=\"Renamed\"")).Code);
        Assert.Equal("Breakout Demo Conference", (string?)(await RetrieveOne("Event", demoEvent)).Attribute("EventTitle"));
        Assert.Empty(ObjectCalls.Ids(await Server.CallAsync(token, "Search", ObjectCalls.Search("Event", "AndSearch")), "Search"));
    }
}
