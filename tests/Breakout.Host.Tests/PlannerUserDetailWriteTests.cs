using System.Xml.Linq;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ContactListWriteTests;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// CreateUser and UpdateUser writing a user's <c>CustomFieldDetail</c> (values of the account's user custom fields) and
/// <c>VisibilityDefaults</c> (issue #17) over HTTP with raw SOAP: the round trip through Retrieve, exact values in WSDL
/// order, and a refused item for each bad detail that changes nothing.
/// </summary>
public sealed class PlannerUserDetailWriteTests : ClockedServerTest
{
    private string Demo(string type, string label) => Server.Manifest.Objects.Single(o => o.Type == type && o.Label == label).Id;

    private string Complete(string username) =>
        $"UserType=\"Application\" Username=\"{username}\" UserRoleId=\"{Demo("UserRole", "Event Planner")}\" Email=\"{username}@example.org\" " +
        "FirstName=\"Rosa\" LastName=\"Parks\" Password=\"s3cret!\"";

    [Fact]
    public async Task CreateAndUpdateUser_RoundTripCustomFieldValuesAndVisibilityDefaults_ThroughRetrieve()
    {
        var (office, headquarters, regional) = (Demo("EntityCustomField", "Office"), Demo("UserGroup", "Headquarters"), Demo("UserGroup", "Regional Teams"));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var start = Clock.GetUtcNow();

        var created = Assert.Single(Results(await Server.CallAsync(Token, "CreateUser", User("CreateUser", Complete("vis"),
            $"<CustomFieldDetail FieldId=\"{office}\" FieldName=\"ignored\" FieldValue=\"Paris\" />" +
            $"<VisibilityDefaults UserGroupId=\"{headquarters}\" VisibilityType=\"Event\" />" +
            $"<VisibilityDefaults UserGroupName=\"ignored\" UserGroupId=\"{regional}\" VisibilityType=\"Meeting Requests\" />")), "CreateUser", "CreateUserResult"));
        var id = (string)created.Attribute("Id")!;

        Assert.Null(ErrorCode(created));
        Assert.Equal(
            [
                $"<CustomFieldDetail FieldName=\"Office\" FieldType=\"Open Ended Text - One Line\" FieldValue=\"Paris\" FieldId=\"{office}\" />",
                $"<VisibilityDefaults UserGroupName=\"Headquarters\" VisibilityType=\"Event\" UserGroupId=\"{headquarters}\" />",
                $"<VisibilityDefaults UserGroupName=\"Regional Teams\" VisibilityType=\"Meeting Requests\" UserGroupId=\"{regional}\" />",
            ],
            await DetailsAsync(id));
        Assert.Equal([id], Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "User", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated"));

        // UpdateUser: a value replaced (the field named by its name, any case), a visibility default already there kept once, one added.
        Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = Assert.Single(Results(await Server.CallAsync(Token, "UpdateUser", User("UpdateUser", $"Id=\"{id}\"",
            "<CustomFieldDetail FieldName=\"office\" FieldValue=\"Lisbon\" />" +
            $"<VisibilityDefaults UserGroupId=\"{headquarters}\" VisibilityType=\"Event\" /><VisibilityDefaults UserGroupId=\"{regional}\" VisibilityType=\"RFP\" />")),
            "UpdateUser", "UpdateUserResult"));

        Assert.Null(ErrorCode(updated));
        Assert.Equal(
            [
                $"<CustomFieldDetail FieldName=\"Office\" FieldType=\"Open Ended Text - One Line\" FieldValue=\"Lisbon\" FieldId=\"{office}\" />",
                $"<VisibilityDefaults UserGroupName=\"Headquarters\" VisibilityType=\"Event\" UserGroupId=\"{headquarters}\" />",
                $"<VisibilityDefaults UserGroupName=\"Regional Teams\" VisibilityType=\"Meeting Requests\" UserGroupId=\"{regional}\" />",
                $"<VisibilityDefaults UserGroupName=\"Regional Teams\" VisibilityType=\"RFP\" UserGroupId=\"{regional}\" />",
            ],
            await DetailsAsync(id));

        // An empty FieldValue clears the value; an UpdateUser without details leaves them as they are.
        Assert.Null(ErrorCode(Assert.Single(Results(await Server.CallAsync(Token, "UpdateUser", User("UpdateUser", $"Id=\"{id}\"",
            $"<CustomFieldDetail FieldId=\"{office}\" FieldValue=\"\" />")), "UpdateUser", "UpdateUserResult"))));
        Assert.Null(ErrorCode(Assert.Single(Results(await Server.CallAsync(Token, "UpdateUser", User("UpdateUser", $"Id=\"{id}\" Title=\"Lead\"", "")),
            "UpdateUser", "UpdateUserResult"))));
        Assert.Equal(["VisibilityDefaults", "VisibilityDefaults", "VisibilityDefaults"], (await DetailsAsync(id)).Select(d => XElement.Parse(d).Name.LocalName));
    }

    [Fact]
    public async Task CreateAndUpdateUser_RefuseEachBadDetail_AsTheirOwnItem_AndARefusedItemChangesNothing()
    {
        var (office, headquarters) = (Demo("EntityCustomField", "Office"), Demo("UserGroup", "Headquarters"));
        var desk = CventId.New();
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch
        {
            Objects = [new CvObjectRow(EntityCustomFieldObject.Descriptor, desk, new Dictionary<string, object?>
            {
                ["FieldName"] = "Desk number", ["FieldType"] = "Number", ["CustomFieldCategory"] = "UserCustomField",
            })],
        }, TestContext.Current.CancellationToken));
        string Field(string id, string value) => $"<CustomFieldDetail FieldId=\"{id}\" FieldValue=\"{value}\" />";
        string Visible(string group, string type) => $"<VisibilityDefaults UserGroupId=\"{group}\" VisibilityType=\"{type}\" />";

        var reply = await Server.CallAsync(Token, "CreateUser", Users("CreateUser",
            (Complete("bad1"), Field(Demo("EntityCustomField", "Dietary requirement"), "Vegan")), // a contact field, not a user field
            (Complete("bad2"), Field(CventId.New().ToString(), "x")),
            (Complete("bad3"), "<CustomFieldDetail FieldName=\"Nowhere\" FieldValue=\"x\" />"),
            (Complete("bad4"), Field(office, "Paris") + Field(office, "Rome")),
            (Complete("bad5"), Field(desk.ToString(), "lots")),
            (Complete("bad6"), Visible(headquarters, "Events")),
            (Complete("bad7"), Visible("nonsense", "Event")),
            (Complete("bad8"), Visible(CventId.New().ToString(), "Event")),
            (Complete("bad9"), Visible(headquarters, "Survey") + Visible(headquarters, "Survey")),
            (Complete("good"), Field(desk.ToString(), "12") + Visible(headquarters, "Document Security"))));

        var items = Results(reply, "CreateUser", "CreateUserResult");
        Assert.Equal(["BO92102", "BO92102", "BO92102", "CV40116", "BO40301", "BO92103", "BO92103", "BO92103", "BO92103", null], items.Select(ErrorCode));
        Assert.Contains("is not a user custom field of this account", items[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("VisibilityType 'Events' is not one of Event, Survey", items[5].ToString(), StringComparison.Ordinal);
        Assert.Empty(await UsernamesAsync("bad"));
        Assert.Equal(["good"], await UsernamesAsync("good"));
        var good = (string)items[9].Attribute("Id")!;
        Assert.Equal(
            [
                $"<CustomFieldDetail FieldName=\"Desk number\" FieldType=\"Number\" FieldValue=\"12\" FieldId=\"{desk}\" />",
                $"<VisibilityDefaults UserGroupName=\"Headquarters\" VisibilityType=\"Document Security\" UserGroupId=\"{headquarters}\" />",
            ],
            await DetailsAsync(good));

        var refused = Assert.Single(Results(await Server.CallAsync(Token, "UpdateUser", User("UpdateUser", $"Id=\"{good}\" Title=\"Changed\"",
            Field(desk.ToString(), "13") + Visible(headquarters, "Nothing"))), "UpdateUser", "UpdateUserResult"));

        Assert.Equal("BO92103", ErrorCode(refused));
        var user = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", good))));
        Assert.Equal("", (string?)user.Attribute("Title"));
        Assert.Equal("12", (string?)user.Element(SoapEnvelopes.S1 + "CustomFieldDetail")!.Attribute("FieldValue"));
    }

    private static string User(string operation, string attributes, string children) => Users(operation, (attributes, children));

    private static string Users(string operation, params (string Attributes, string Children)[] users) =>
        $"<{operation} xmlns=\"{Tns}\"><Users>" + string.Concat(users.Select(u => $"<User xmlns=\"{S1}\" {u.Attributes}>{u.Children}</User>")) + $"</Users></{operation}>";

    /// <summary>The user's CustomFieldDetail and VisibilityDefaults rows as Retrieve writes them, by local name, in order.</summary>
    private async Task<IReadOnlyList<string>> DetailsAsync(string id)
    {
        var user = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", id))));
        return [.. user.Elements().Where(e => e.Name.LocalName != "UserGroupDetail").Select(e => new XElement(e.Name.LocalName, e.Attributes()).ToString())];
    }

    private async Task<IReadOnlyList<string>> UsernamesAsync(string prefix)
    {
        var ids = Ids(await Server.CallAsync(Token, "Search", Search("User", "AndSearch", Filter("UserRole", "Equals", "Event Planner"))), "Search");
        var users = Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", [.. ids])));
        return [.. users.Select(u => (string)u.Attribute("Username")!).Where(n => n.StartsWith(prefix, StringComparison.Ordinal))];
    }
}
