using System.Xml.Linq;
using Breakout.Admin;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>
/// The types of issue #17 part A over HTTP with raw SOAP, each against the demo tenant's objects: Retrieve (fields in
/// WSDL order, <c>xsi:type</c>), Search on a searchable field, a non-searchable field refused, GetUpdated after a
/// change, DescribeCvObject and DescribeGlobal.
/// </summary>
public sealed class DeclaredObjectTests : ClockedServerTest
{
    public static TheoryData<string> Types() =>
        ["Speaker", "Transaction", "User", "UserGroup", "UserRole", "EventDetail", "EventQuestion", "EntityCustomField", "Travel", "TableAssignment"];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task DeclaredType_IsRetrievedSearchedReplicatedAndDescribed(string typeName)
    {
        var type = CvObjectCatalogue.All.Single(d => d.Name == typeName);
        var id = typeName == "EventDetail" ? Server.Conference.Id : Server.Manifest.Objects.First(o => o.Type == typeName).Id;

        // Retrieve: the type's fields, those with a value, in WSDL (descriptor) order, after xsi:type and Id.
        var found = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve(typeName, id))));
        Assert.Equal(typeName, (string?)found.Attribute(Xsi + "type"));
        var names = found.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None).Select(a => a.Name.LocalName).ToList();
        Assert.Equal("Id", names[0]);
        Assert.Equal(type.Fields.Select(f => f.Name).Where(names.Contains), names.Skip(1));
        Assert.Equal(id, (string?)found.Attribute("Id"));

        // Search: by a searchable field the object has a value in, and a non-searchable field refused.
        if (type.Fields.FirstOrDefault(f => f.Searchable && f.Type != CvFieldType.DateTime && (string?)found.Attribute(f.Name) is { Length: > 0 }) is { } searchable)
        {
            var value = (string)found.Attribute(searchable.Name)!;
            Assert.Contains(id, Ids(await Server.CallAsync(Token, "Search", Search(typeName, "AndSearch", Filter(searchable.Name, "Equals", value))), "Search"));
        }

        // UserGroup and UserRole have every field searchable: a field they lack is refused alike.
        var notSearchable = type.Fields.FirstOrDefault(f => !f.Searchable)?.Name ?? "LastModifiedDate";
        var refused = await Server.CallAsync(Token, "Search", Search(typeName, "AndSearch", Filter(notSearchable, "Equals", "x")));
        Assert.Equal(("CV20010", "INVALID_SEARCH_FILTER"), (refused.FaultCode, refused.FaultString));

        // GetUpdated: the object is in a window after it changes, and not in the window before.
        Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Clock.GetUtcNow();
        Assert.DoesNotContain(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", typeName, Gmt(start), Gmt(start.AddMinutes(2)))), "GetUpdated"));
        await ReimportAsync(typeName, id);
        Assert.Contains(id, Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", typeName, Gmt(start), Gmt(start.AddMinutes(2)))), "GetUpdated"));

        // DescribeCvObject: the type's definition; DescribeGlobal lists it.
        var described = await Server.CallAsync(Token, "DescribeCvObject",
            $"<DescribeCvObject xmlns=\"{Tns}\"><ObjectTypes xmlns=\"{S1}\"><CvObjectType>{typeName}</CvObjectType></ObjectTypes></DescribeCvObject>");
        var fields = described.Xml.Descendants(SoapEnvelopes.S1 + "Field").ToList();
        Assert.Equal(type.Fields.Select(f => (f.Name, f.Searchable ? "true" : "false")),
            fields.Select(f => ((string)f.Attribute("Name")!, (string)f.Attribute("Searchable")!)));
        var global = await Server.CallAsync(Token, "DescribeGlobal", $"<DescribeGlobal xmlns=\"{Tns}\" />");
        Assert.Contains(typeName, global.Xml.Descendants(SoapEnvelopes.S1 + "CvObjectTypes").Select(e => e.Value));
    }

    [Fact]
    public async Task DescribeGlobal_ListsTheAccountsCustomFieldsAsLookUps_AfterTheTypes()
    {
        var reply = await Server.CallAsync(Token, "DescribeGlobal", $"<DescribeGlobal xmlns=\"{Tns}\" />");

        var result = reply.Xml.Descendants(SoapEnvelopes.S1 + "DescribeGlobalResult").Single();
        Assert.Equal("LookUps", result.Elements().Last().Name.LocalName);
        var lookUps = result.Element(SoapEnvelopes.S1 + "LookUps")!.Elements(SoapEnvelopes.S1 + "LookUp")
            .Select(l => ((string?)l.Attribute("Type"), l.Element(SoapEnvelopes.S1 + "Name")?.Value, l.Element(SoapEnvelopes.S1 + "Code")?.Value)).ToList();
        Assert.Equal(
            [("ContactCustomField", "Dietary requirement", "DIET"), ("ContactCustomField", "Company size", "SIZE"), ("EventCustomField", "T-shirt size", "SHIRT"),
             ("UserCustomField", "Office", "OFFICE")],
            lookUps);
        var diet = Server.Manifest.Objects.Single(o => o.Type == "EntityCustomField" && o.Label == "Dietary requirement").Id;
        Assert.Equal(diet, result.Descendants(SoapEnvelopes.S1 + "LookUp").First().Element(SoapEnvelopes.S1 + "Id")?.Value);
    }

    [Fact]
    public async Task AUsersCustomFieldsGroupsAndVisibilityDefaults_AndATransactionsDistribution_AreRetrievedInWsdlOrder()
    {
        var user = Server.Manifest.Objects.First(o => o.Type == "User").Id;
        var transaction = Server.Manifest.Objects.First(o => o.Type == "Transaction").Id;
        var office = Server.Manifest.Objects.Single(o => o.Type == "EntityCustomField" && o.Label == "Office").Id;
        var headquarters = Server.Manifest.Objects.Single(o => o.Type == "UserGroup" && o.Label == "Headquarters").Id;

        var found = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("User", user))));
        var paid = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Transaction", transaction))));

        Assert.Equal(
            [
                $"<CustomFieldDetail FieldName=\"Office\" FieldType=\"Open Ended Text - One Line\" FieldValue=\"London\" FieldId=\"{office}\" />",
                $"<UserGroupDetail UserGroupName=\"Headquarters\" UserGroupId=\"{headquarters}\" />",
                $"<VisibilityDefaults UserGroupName=\"Headquarters\" VisibilityType=\"Event\" UserGroupId=\"{headquarters}\" />",
            ],
            found.Elements().Select(e => new XElement(e.Name.LocalName, e.Attributes()).ToString()));
        Assert.Equal(
            $"<DistributionDetail ProductId=\"{Server.Conference.Id}\" ProductName=\"{Server.Conference.Title}\" ProductCode=\"BRK2027\" ProductType=\"Event\" " +
            "OrderPrice=\"450\" AmountApplied=\"450.00\" GLCode=\"4000\" GLDescription=\"Conference admission\" OrderNumber=\"ORD000001\" />",
            new XElement("DistributionDetail", Assert.Single(paid.Elements()).Attributes()).ToString());
        Assert.Equal(SoapEnvelopes.S1 + "DistributionDetail", paid.Elements().Single().Name);
    }

    /// <summary>Imports the demo's row of the object again (for EventDetail, its event), as a change Cvent's web application would make.</summary>
    private async Task ReimportAsync(string typeName, string id)
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, TestContext.Current.CancellationToken))!;
        var demo = DemoTenant.Build();
        var batch = typeName == "EventDetail"
            ? new CatalogBatch { Events = [.. demo.Events.Where(e => e.Id.ToString() == id)] }
            : new CatalogBatch { Objects = [.. demo.Objects.Where(o => o.Id.ToString() == id)] };
        Assert.Equal(1, batch.Count);
        Assert.Empty(await store.ImportAsync(account.Key, batch, TestContext.Current.CancellationToken));
    }
}
