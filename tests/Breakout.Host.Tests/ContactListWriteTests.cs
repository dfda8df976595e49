using System.Xml.Linq;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// CreateContactGroup, ManageContactGroupMembers, CreateDistributionList and ManageDistributionListMembers over HTTP
/// with raw SOAP against the demo tenant: the wire shape of each answer, per-item results in order, each documented
/// error, the limits, and Retrieve, Search and GetUpdated seeing every change.
/// </summary>
public sealed class ContactListWriteTests : ClockedServerTest
{
    [Fact]
    public async Task CreateDistributionList_CreatesTheLists_InOrder_AndRetrieveSearchAndGetUpdatedSeeThem()
    {
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var reply = await Server.CallAsync(Token, "CreateDistributionList", CreateLists("DistributionList",
            "MessageId=\"m1\" DistributionListName=\"Partners\" Active=\"true\" SecurityType=\"Semi-Private\" Description=\"Who we work with\"",
            "MessageId=\"m2\" DistributionListName=\"Alumni\" Active=\"false\" SecurityType=\"Private\" InternalNote=\"Old friends\" Unknown=\"x\""));

        Assert.Equal(200, reply.Status);
        var items = Results(reply, "CreateDistributionList", "CreateDistributionListResult");
        Assert.Equal(["m1", "m2"], items.Select(i => (string?)i.Attribute("ReferenceId")));
        Assert.All(items, i => Assert.Equal(["Id", "Success", "ReferenceId"], i.Attributes().Select(a => a.Name.LocalName)));
        var ids = items.Select(i => (string)i.Attribute("Id")!).ToList();
        var found = Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("DistributionList", [.. ids])));
        Assert.Equal(("Partners", "true", "Semi-Private", "Who we work with"),
            ((string?)found[0].Attribute("DistributionListName"), (string?)found[0].Attribute("Active"), (string?)found[0].Attribute("SecurityType"),
                (string?)found[0].Attribute("Description")));
        Assert.Equal(("Alumni", "false", "Private", "Old friends"),
            ((string?)found[1].Attribute("DistributionListName"), (string?)found[1].Attribute("Active"), (string?)found[1].Attribute("SecurityType"),
                (string?)found[1].Attribute("InternalNote")));
        Assert.Subset(Ids(await Server.CallAsync(Token, "Search", Search("DistributionList", "AndSearch")), "Search").ToHashSet(), ids.ToHashSet());
        var updated = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "DistributionList", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated");
        Assert.Equal(ids.Order(StringComparer.Ordinal), updated);
    }

    [Fact]
    public async Task CreateDistributionList_ReportsEachDocumentedError_AndKeepsTheGoodItems()
    {
        var reply = await Server.CallAsync(Token, "CreateDistributionList", CreateLists("DistributionList",
            "MessageId=\"no-name\" Active=\"true\" SecurityType=\"Public\"",
            "MessageId=\"no-active\" DistributionListName=\"A\" SecurityType=\"Public\"",
            "MessageId=\"bad-active\" DistributionListName=\"B\" Active=\"yes\" SecurityType=\"Public\"",
            "MessageId=\"no-security\" DistributionListName=\"C\" Active=\"true\"",
            "MessageId=\"bad-security\" DistributionListName=\"D\" Active=\"true\" SecurityType=\"public\"",
            "MessageId=\"taken\" DistributionListName=\"newsletter SUBSCRIBERS\" Active=\"true\" SecurityType=\"Public\"",
            "MessageId=\"good\" DistributionListName=\"Fresh\" Active=\"true\" SecurityType=\"Public\"",
            "MessageId=\"twice\" DistributionListName=\"FRESH\" Active=\"true\" SecurityType=\"Public\""));

        var items = Results(reply, "CreateDistributionList", "CreateDistributionListResult");
        Assert.Equal(
            [("no-name", "CV83101"), ("no-active", "CV83102"), ("bad-active", "CV83102"), ("no-security", "CV83103"), ("bad-security", "CV83103"),
                ("taken", "BO83101"), ("good", null), ("twice", "BO83101")],
            items.Select(i => ((string?)i.Attribute("ReferenceId"), ErrorCode(i))));
        Assert.Equal([false, false, false, false, false, false, true, false], items.Select(i => (string?)i.Attribute("Id") is not null));
    }

    [Fact]
    public async Task CreateContactGroup_CreatesGroups_RefusesAMissingOrTakenName_AndTruncatesLongTexts()
    {
        var reply = await Server.CallAsync(Token, "CreateContactGroup", CreateLists("ContactGroup",
            $"MessageId=\"g1\" Name=\"Speakers\" ShortDescription=\"{new string('s', 600)}\" GroupType=\"Static\"",
            "MessageId=\"g2\" ShortDescription=\"nameless\"",
            "MessageId=\"g3\" Name=\"vip attendees\""));

        var items = Results(reply, "CreateContactGroup", "CreateContactGroupResult");
        Assert.Equal([("g1", null), ("g2", "CV90102"), ("g3", "BO90101")], items.Select(i => ((string?)i.Attribute("ReferenceId"), ErrorCode(i))));
        var group = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("ContactGroup", (string)items[0].Attribute("Id")!))));
        Assert.Equal(("Speakers", 500, "Static"), ((string?)group.Attribute("Name"), ((string)group.Attribute("ShortDescription")!).Length, (string?)group.Attribute("GroupType")));
    }

    [Fact]
    public async Task ManageDistributionListMembers_AddsAndRemovesContacts_OneResultPerContactInOrder()
    {
        var list = await CreateListAsync("DistributionList", "Members test");
        var (a, b) = (await CreateContactAsync("Ada"), await CreateContactAsync("Bob"));
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var stranger = CventId.New().ToString();
        var added = await Server.CallAsync(Token, "ManageDistributionListMembers",
            Manage("ManageDistributionListMembers", "Add", "DistListId", list, (a.ToLowerInvariant(), "1"), (null, "2"), ("not-an-id", "3"), (stranger, "4"), (a, "5")));
        var pending = await Server.CallAsync(Token, "ManageDistributionListMembers", Manage("ManageDistributionListMembers", "Add as Pending", "DistListId", list, (b, "6")));

        var items = Results(added, "ManageDistributionListMembers", "ManageDistributionListResult");
        Assert.Equal(["Id", "ReferenceId", "Success"], items[0].Attributes().Select(x => x.Name.LocalName));
        Assert.Equal([(a, "1", null), (null, "2", "CV89102"), ("not-an-id", "3", "CV40110"), (stranger, "4", "CV40110"), (a, "5", "CV89103")],
            items.Select(i => ((string?)i.Attribute("Id"), (string?)i.Attribute("ReferenceId"), ErrorCode(i))));
        Assert.Null(ErrorCode(Assert.Single(Results(pending, "ManageDistributionListMembers", "ManageDistributionListResult"))));
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), await store.GetListMembersAsync(account.Key, CvObjectType.DistributionList, CventId.Parse(list), TestContext.Current.CancellationToken));
        Assert.Contains(list, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "DistributionList", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated"));

        var removed = await Server.CallAsync(Token, "ManageDistributionListMembers", Manage("ManageDistributionListMembers", "Remove", "DistListId", list, (a, "7"), (a, "8")));

        Assert.Equal([null, "CV89104"], Results(removed, "ManageDistributionListMembers", "ManageDistributionListResult").Select(ErrorCode));
        Assert.Equal([b], await store.GetListMembersAsync(account.Key, CvObjectType.DistributionList, CventId.Parse(list), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ManageContactGroupMembers_AddsAndRemovesContacts_WithTheContactGroupCodes()
    {
        var group = await CreateListAsync("ContactGroup", "Group members test");
        var contact = await CreateContactAsync("Cy");
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;

        var added = await Server.CallAsync(Token, "ManageContactGroupMembers",
            Manage("ManageContactGroupMembers", "Add", "GroupId", group, (contact, "1"), ("00000000-0000-0000-0000-000000000000", "2"), ("x", "3"), (contact, "4")));
        var removed = await Server.CallAsync(Token, "ManageContactGroupMembers", Manage("ManageContactGroupMembers", "Remove", "GroupId", group, (contact, "5"), (contact, "6")));

        Assert.Equal([null, "CV80102", "CV80101", "CV80103"], Results(added, "ManageContactGroupMembers", "ManageContactGroupResult").Select(ErrorCode));
        Assert.Equal([null, "CV80104"], Results(removed, "ManageContactGroupMembers", "ManageContactGroupResult").Select(ErrorCode));
        Assert.Empty((await store.GetListMembersAsync(account.Key, CvObjectType.ContactGroup, CventId.Parse(group), TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task RetrieveContact_ListsTheContactsGroupsAndDistributionLists_AsTheWsdlsDetails_AndForgetsARemovedMembership()
    {
        var (group, list, pendingList) = (await CreateListAsync("ContactGroup", "Board"), await CreateListAsync("DistributionList", "Approved readers"),
            await CreateListAsync("DistributionList", "Awaiting approval"));
        var contact = await CreateContactAsync("Flo");
        await Server.CallAsync(Token, "ManageContactGroupMembers", Manage("ManageContactGroupMembers", "Add", "GroupId", group, (contact, "1")));
        await Server.CallAsync(Token, "ManageDistributionListMembers", Manage("ManageDistributionListMembers", "Add as Pending", "DistListId", pendingList, (contact, "2")));
        await Server.CallAsync(Token, "ManageDistributionListMembers", Manage("ManageDistributionListMembers", "Add", "DistListId", list, (contact, "3")));

        var details = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Contact", contact)))).Elements().ToList();

        Assert.Equal(["ContactGroupDetail", "DistributionListDetail", "DistributionListDetail"], details.Select(d => d.Name.LocalName));
        Assert.Equal([$"GroupName=Board GroupId={group}", $"Id={list} DistributionListName=Approved readers Approved=true",
                $"Id={pendingList} DistributionListName=Awaiting approval Approved=false"],
            details.Select(d => string.Join(' ', d.Attributes().Select(a => $"{a.Name.LocalName}={a.Value}"))));

        await Server.CallAsync(Token, "ManageContactGroupMembers", Manage("ManageContactGroupMembers", "Remove", "GroupId", group, (contact, "4")));

        var after = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Contact", contact))));
        Assert.Equal(["DistributionListDetail", "DistributionListDetail"], after.Elements().Select(d => d.Name.LocalName));
    }

    [Fact]
    public async Task ManageMembers_OfAListThatIsNotTheAccounts_FailsEveryItem()
    {
        var contact = await CreateContactAsync("Di");
        var unknown = CventId.New().ToString();

        var group = await Server.CallAsync(Token, "ManageContactGroupMembers", Manage("ManageContactGroupMembers", "Add", "GroupId", unknown, (contact, "1"), (contact, "2")));
        var list = await Server.CallAsync(Token, "ManageDistributionListMembers", Manage("ManageDistributionListMembers", "Add", "DistListId", "garbage", (contact, "1")));

        Assert.Equal(["CV40112", "CV40112"], Results(group, "ManageContactGroupMembers", "ManageContactGroupResult").Select(ErrorCode));
        Assert.Equal(["BO83102"], Results(list, "ManageDistributionListMembers", "ManageDistributionListResult").Select(ErrorCode));
    }

    [Theory]
    [InlineData("ManageContactGroupMembers", "Delete", "CV80105")]
    [InlineData("ManageContactGroupMembers", "Add as Pending", "CV80105")]
    [InlineData("ManageDistributionListMembers", "add", "CV10001")]
    public async Task ManageMembers_WithAnActionOutsideTheEnumeration_IsAFault(string operation, string action, string code)
    {
        var listElement = operation == "ManageContactGroupMembers" ? "GroupId" : "DistListId";

        var reply = await Server.CallAsync(Token, operation, Manage(operation, action, listElement, CventId.New().ToString(), (CventId.New().ToString(), "1")));

        Assert.Equal(code, reply.FaultCode);
    }

    [Theory]
    [InlineData("CreateContactGroup", 0, "CV20018")]
    [InlineData("CreateContactGroup", 201, "CV90101")]
    [InlineData("CreateDistributionList", 201, "CV20021")]
    [InlineData("ManageContactGroupMembers", 0, "CV20018")]
    [InlineData("ManageContactGroupMembers", 201, "CV30107")]
    [InlineData("ManageDistributionListMembers", 201, "CV20021")]
    public async Task ACallWithNoItemsOrMoreThan200_IsAFault_WithTheOperationsCode(string operation, int count, string code)
    {
        var body = operation switch
        {
            "CreateContactGroup" => CreateLists("ContactGroup", [.. Enumerable.Range(0, count).Select(i => $"Name=\"G{i}\"")]),
            "CreateDistributionList" => CreateLists("DistributionList", [.. Enumerable.Range(0, count).Select(i => $"DistributionListName=\"L{i}\" Active=\"true\" SecurityType=\"Public\"")]),
            "ManageContactGroupMembers" => Manage(operation, "Add", "GroupId", CventId.New().ToString(), [.. Enumerable.Range(0, count).Select(_ => ((string?)CventId.New().ToString(), (string?)null))]),
            _ => Manage(operation, "Add", "DistListId", CventId.New().ToString(), [.. Enumerable.Range(0, count).Select(_ => ((string?)CventId.New().ToString(), (string?)null))]),
        };

        var reply = await Server.CallAsync(Token, operation, body);

        Assert.Equal(500, reply.Status);
        Assert.Equal(code, reply.FaultCode);
    }

    [Fact]
    public async Task TheListCalls_WriteHistoryRows_OnePerChange_WithTheMessageId()
    {
        var list = await CreateListAsync("DistributionList", "History test");
        var contact = await CreateContactAsync("Ed");
        await Server.CallAsync(Token, "ManageDistributionListMembers", Manage("ManageDistributionListMembers", "Add", "DistListId", list, (contact, "h1"), (contact, "h2")));

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Server.DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.operation, h.action, h.member_id, h.message_id FROM object_changes h JOIN api_calls c ON c.pk = h.call_pk " +
            $"WHERE h.object_id = '{list}' ORDER BY h.pk";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<(string, string, string?, string?)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        Assert.Equal([("CreateDistributionList", "Created", null, "new"), ("ManageDistributionListMembers", "MemberAdded", contact, "h1")], rows);
    }

    internal static string CreateLists(string type, params string[] items) =>
        $"<Create{type} xmlns=\"{Tns}\"><{type}s>{string.Concat(items.Select(i => $"<{type} xmlns=\"{S1}\" {i} />"))}</{type}s></Create{type}>";

    internal static string Manage(string operation, string action, string listElement, string listId, params (string? Id, string? MessageId)[] items) =>
        $"<{operation} xmlns=\"{Tns}\"><Action>{action}</Action><{listElement}>{listId}</{listElement}><CvObjects xmlns=\"{S1}\">" +
        string.Concat(items.Select(i => "<CvObject" + (i.Id is null ? "" : $" Id=\"{i.Id}\"") + (i.MessageId is null ? "" : $" MessageId=\"{i.MessageId}\"") + " />")) +
        $"</CvObjects></{operation}>";

    internal static IReadOnlyList<XElement> Results(SoapReply reply, string operation, string itemName)
    {
        Assert.True(reply.Status == 200, reply.Body);
        return [.. reply.Xml.Descendants(SoapEnvelopes.Tns + (operation + "Response")).Single()
            .Elements(SoapEnvelopes.S1 + (operation + "Result")).Single().Elements(SoapEnvelopes.S1 + itemName)];
    }

    internal static string? ErrorCode(XElement item) =>
        (string?)item.Attribute("Success") == "true" ? null : (string?)item.Descendants(SoapEnvelopes.S1 + "Error").Single().Attribute("Code");

    private async Task<string> CreateListAsync(string type, string name)
    {
        var attributes = type == "ContactGroup" ? $"MessageId=\"new\" Name=\"{name}\"" : $"MessageId=\"new\" DistributionListName=\"{name}\" Active=\"true\" SecurityType=\"Public\"";
        var item = Assert.Single(Results(await Server.CallAsync(Token, "Create" + type, CreateLists(type, attributes)), "Create" + type, $"Create{type}Result"));
        return (string)item.Attribute("Id")!;
    }

    private async Task<string> CreateContactAsync(string name)
    {
        var reply = await Server.CallAsync(Token, "CreateContact",
            $"<CreateContact xmlns=\"{Tns}\"><Contacts><Contact xmlns=\"{S1}\" FirstName=\"{name}\" LastName=\"Tester\" /></Contacts></CreateContact>");
        return (string)reply.Xml.Descendants(SoapEnvelopes.S1 + "CreateContactResult").Last().Attribute("Id")!;
    }
}
