using Breakout.Domain;
using Breakout.TestSupport;
using static Breakout.Host.Tests.ContactListWriteTests;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// CreateUser, UpdateUser, DeleteUser and ManageUserGroup over HTTP with raw SOAP against the demo tenant's roles and
/// groups: per-item results in order, each documented error, the limits, Retrieve, Search, GetUpdated and GetDeleted
/// seeing every change, and a planner user never being an API user.
/// </summary>
public sealed class PlannerUserWriteTests : ClockedServerTest
{
    private string Role(string name) => Server.Manifest.Objects.Single(o => o.Type == "UserRole" && o.Label == name).Id;

    private string Group(string name) => Server.Manifest.Objects.Single(o => o.Type == "UserGroup" && o.Label == name).Id;

    private string Complete(string username) =>
        $"UserType=\"Application\" Username=\"{username}\" UserRoleId=\"{Role("Event Planner")}\" Email=\"{username}@example.org\" " +
        "FirstName=\"Rosa\" LastName=\"Parks\" Password=\"s3cret!\"";

    [Fact]
    public async Task CreateUser_CreatesPlannerUsersWithRoleAndGroups_AndRetrieveSearchAndGetUpdatedSeeThem()
    {
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var reply = await Server.CallAsync(Token, "CreateUser", Users("CreateUser",
            (Complete("rosa") + " MessageId=\"u1\" Title=\"Producer\" CountryCode=\"us\" StateCode=\"AL\" Active=\"false\"", [Group("Headquarters"), Group("Regional Teams")])));

        var item = Assert.Single(Results(reply, "CreateUser", "CreateUserResult"));
        Assert.Equal(["Id", "ReferenceId", "Success"], item.Attributes().Select(a => a.Name.LocalName));
        var id = (string)item.Attribute("Id")!;
        var user = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", id))));
        Assert.Equal(("rosa", "Event Planner", "Producer", "US", "false", "Application"),
            ((string?)user.Attribute("Username"), (string?)user.Attribute("UserRole"), (string?)user.Attribute("Title"), (string?)user.Attribute("CountryCode"),
                (string?)user.Attribute("Active"), (string?)user.Attribute("UserType")));
        Assert.Equal("", (string?)user.Attribute("Password")); // never stored, so never returned
        Assert.Equal(Server.Manifest.UserName, (string?)user.Attribute("CreatedBy"));
        Assert.Equal(["Headquarters", "Regional Teams"], user.Elements(SoapEnvelopes.S1 + "UserGroupDetail").Select(d => (string?)d.Attribute("UserGroupName")));
        Assert.Contains(id, Ids(await Server.CallAsync(Token, "Search", Search("User", "AndSearch", Filter("UserRole", "Equals", "Event Planner"))), "Search"));
        Assert.Equal([id], Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "User", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated"));
    }

    [Fact]
    public async Task CreateUser_ReportsEachDocumentedError_InItemOrder()
    {
        var complete = Complete("valid");
        string Without(string field) => string.Join(' ', complete.Split(' ').Where(a => !a.StartsWith(field + "=", StringComparison.Ordinal)));
        string With(string field, string value) => Without(field) + $" {field}=\"{value}\"";

        var reply = await Server.CallAsync(Token, "CreateUser", Users("CreateUser",
            (Without("UserType"), []), (Without("Username"), []), (Without("UserRoleId"), []), (Without("Email"), []), (Without("FirstName"), []),
            (Without("LastName"), []), (Without("Password"), []), (With("Id", CventId.New().ToString()), []), (With("UserRoleId", CventId.New().ToString()), []),
            (With("DefaultContactGroupId", CventId.New().ToString()), []), (With("Email", "not-an-address"), []), (With("CountryCode", "ZZ"), []),
            (With("StateCode", "XX") + " CountryCode=\"US\"", []), (With("UserType", "Planner"), []), (With("Username", "ADA@example.com"), []),
            (With("Username", "dup"), []), (With("Username", "Dup"), []), (With("Username", "g1"), [CventId.New().ToString()]),
            (With("Username", "g2"), ["nonsense"]), (With("Username", "g3"), [Group("Headquarters"), Group("Headquarters")]),
            (With("Active", "maybe"), [])));

        Assert.Equal(
            [
                "CV92101", "CV92102", "CV92104", "CV92105", "CV92106", "CV92107", "CV92108", "CV92109", "CV92111", "CV92112", "CV92115", "CV92116", "CV92117",
                "CV92118", "CV92119", null, "CV92121", "CV92113", "CV92113", "CV92122", "BO92101",
            ],
            Results(reply, "CreateUser", "CreateUserResult").Select(ErrorCode));
    }

    [Fact]
    public async Task UpdateUser_ReplacesSentFields_ClearsEmptyOnes_AddsGroups_AndRefusesWhatCventRefuses()
    {
        var id = await CreateUserAsync("upd", [Group("Headquarters")]);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var reply = await Server.CallAsync(Token, "UpdateUser", Users("UpdateUser",
            ($"Id=\"{id.ToLowerInvariant()}\" MessageId=\"a\" Title=\"Director\" Company=\"\" UserRoleId=\"{Role("Administrator")}\"", [Group("Regional Teams")]),
            ($"Id=\"{id}\" MessageId=\"b\"", []),
            ("MessageId=\"c\" Title=\"x\"", []),
            ($"Id=\"{CventId.New()}\" MessageId=\"d\"", []),
            ($"Id=\"{await CreateUserAsync("other", [])}\" MessageId=\"e\" LastName=\"\"", []),
            ($"Id=\"{await CreateUserAsync("third", [Group("Headquarters")])}\" MessageId=\"f\"", [Group("Headquarters")]),
            ($"Id=\"{await CreateUserAsync("fourth", [])}\" MessageId=\"g\" Username=\"UPD\"", [])));

        Assert.Equal([null, "CV92121", "CV92110", "CV92109", "CV92107", "CV92128", "CV92119"], Results(reply, "UpdateUser", "UpdateUserResult").Select(ErrorCode));
        var user = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", id))));
        Assert.Equal(("Director", "", "Administrator", "Parks"),
            ((string?)user.Attribute("Title"), (string?)user.Attribute("Company"), (string?)user.Attribute("UserRole"), (string?)user.Attribute("LastName")));
        Assert.Equal(["Headquarters", "Regional Teams"], user.Elements(SoapEnvelopes.S1 + "UserGroupDetail").Select(d => (string?)d.Attribute("UserGroupName")));
        Assert.Contains(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "User", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated"));
    }

    [Fact]
    public async Task DeleteUser_RemovesTheUser_ForEveryCall_AndGetDeletedSeesIt()
    {
        var id = await CreateUserAsync("gone", [Group("Headquarters")]);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var reply = await Server.CallAsync(Token, "DeleteUser",
            $"<DeleteUser xmlns=\"{Tns}\"><CvObjects><CvObject Id=\"{id}\" MessageId=\"x1\" /><CvObject Id=\"{id}\" MessageId=\"x2\" /><CvObject MessageId=\"x3\" />" +
            "<CvObject Id=\"garbage\" MessageId=\"x4\" /></CvObjects></DeleteUser>");

        var items = Results(reply, "DeleteUser", "DeleteUserResult");
        Assert.Equal([(id, null), (id, "CV92109"), (null, "CV92126"), ("garbage", "CV92109")], items.Select(i => ((string?)i.Attribute("Id"), ErrorCode(i))));
        Assert.Empty(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", id))));
        Assert.Equal([id], Ids(await Server.CallAsync(Token, "GetDeleted", Window("GetDeleted", "User", Gmt(start), Gmt(start.AddMinutes(1)))), "GetDeleted"));
        Assert.Equal(["CV92109"], Results(await Server.CallAsync(Token, "UpdateUser", Users("UpdateUser", ($"Id=\"{id}\" Title=\"x\"", []))), "UpdateUser", "UpdateUserResult")
            .Select(ErrorCode));
    }

    [Fact]
    public async Task ManageUserGroup_AddsAndRemovesUsers_WithTheUserGroupCodes_AndTheUserShowsIt()
    {
        var id = await CreateUserAsync("member", []);
        var group = Group("Regional Teams");
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var added = await Server.CallAsync(Token, "ManageUserGroup", Manage("ManageUserGroup", "Add", "GroupId", group, (id, "1"), (id, "2"), (null, "3"), (CventId.New().ToString(), "4")));

        Assert.Equal([null, "CV93103", "CV93102", "CV92109"], Results(added, "ManageUserGroup", "ManageUserGroupResult").Select(ErrorCode));
        var user = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", id))));
        Assert.Equal(["Regional Teams"], user.Elements(SoapEnvelopes.S1 + "UserGroupDetail").Select(d => (string?)d.Attribute("UserGroupName")));
        Assert.Contains(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "User", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated"));

        var removed = await Server.CallAsync(Token, "ManageUserGroup", Manage("ManageUserGroup", "Remove", "GroupId", group, (id, "5"), (id, "6")));
        var unknownGroup = await Server.CallAsync(Token, "ManageUserGroup", Manage("ManageUserGroup", "Add", "GroupId", CventId.New().ToString(), (id, "7")));

        Assert.Equal([null, "CV93104"], Results(removed, "ManageUserGroup", "ManageUserGroupResult").Select(ErrorCode));
        Assert.Equal(["CV93101"], Results(unknownGroup, "ManageUserGroup", "ManageUserGroupResult").Select(ErrorCode));
        Assert.Empty(Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", id)))).Elements(SoapEnvelopes.S1 + "UserGroupDetail"));
    }

    [Theory]
    [InlineData("CreateUser", 201, "CV30108")]
    [InlineData("UpdateUser", 201, "CV30109")]
    [InlineData("DeleteUser", 201, "CV30110")]
    [InlineData("DeleteUser", 0, "CV20018")]
    [InlineData("ManageUserGroup", 201, "CV30112")]
    [InlineData("ManageUserGroup", 0, "CV20018")]
    public async Task ACallWithNoItemsOrMoreThan200_IsAFault_WithTheOperationsCode(string operation, int count, string code)
    {
        var body = operation switch
        {
            "CreateUser" or "UpdateUser" => Users(operation, [.. Enumerable.Range(0, count).Select(i => ($"Username=\"u{i}\"", Array.Empty<string>()))]),
            "DeleteUser" => $"<DeleteUser xmlns=\"{Tns}\"><CvObjects>{string.Concat(Enumerable.Range(0, count).Select(_ => $"<CvObject Id=\"{CventId.New()}\" />"))}</CvObjects></DeleteUser>",
            _ => Manage(operation, "Add", "GroupId", CventId.New().ToString(), [.. Enumerable.Range(0, count).Select(_ => ((string?)CventId.New().ToString(), (string?)null))]),
        };

        var reply = await Server.CallAsync(Token, operation, body);

        Assert.Equal(500, reply.Status);
        Assert.Equal(code, reply.FaultCode);
    }

    [Fact]
    public async Task APlannerUser_IsNotAnApiUser_AndCannotLogIn()
    {
        await CreateUserAsync("planner-only", []);

        var reply = await Server.PostSoap11Async(SoapEnvelopes.Login(Server.Manifest.AccountNumber, "planner-only", "s3cret!"), SoapEnvelopes.Action("Login"));

        Assert.Equal("false", (string?)reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("LoginSuccess"));
    }

    private static string Users(string operation, params (string Attributes, string[] Groups)[] users) =>
        $"<{operation} xmlns=\"{Tns}\"><Users>" +
        string.Concat(users.Select(u => $"<User xmlns=\"{S1}\" {u.Attributes}>{string.Concat(u.Groups.Select(g => $"<UserGroupDetail UserGroupId=\"{g}\" />"))}</User>")) +
        $"</Users></{operation}>";

    private async Task<string> CreateUserAsync(string username, string[] groups)
    {
        var item = Assert.Single(Results(await Server.CallAsync(Token, "CreateUser", Users("CreateUser", (Complete(username), groups))), "CreateUser", "CreateUserResult"));
        Assert.True((string?)item.Attribute("Success") == "true", item.ToString());
        return (string)item.Attribute("Id")!;
    }
}
