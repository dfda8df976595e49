using System.Text.RegularExpressions;
using Breakout.TestSupport;
using static Breakout.Host.Tests.ClockedServerFixture;
using static Breakout.Host.Tests.FieldsAndInvitees.FieldsServerFixture;

namespace Breakout.Host.Tests.FieldsAndInvitees;

/// <summary>CreateCustomField and UpdateCustomField over HTTP: the wire shapes, what the account's fields then show, each rule and limit.</summary>
public sealed class CustomFieldTests(FieldsServerFixture fixture) : IClassFixture<FieldsServerFixture>
{
    [Fact]
    public async Task Create_AnswersOneItemPerFieldInOrder_InTheWsdlShape()
    {
        var name = Unique("Shape");
        var reply = await fixture.CallAsync("CreateCustomField", CreateFields("ContactCustomField",
            Field($"MessageId=\"m1\" FieldName=\"{name}\" FieldType=\"Open Ended Text - One Line\""), Field("MessageId=\"m2\" FieldType=\"Text\"")));

        Assert.Matches(
            "<CreateCustomFieldResponse xmlns=\"http://api.cvent.com/2006-11\"><CreateCustomFieldResult xmlns=\"http://schemas.cvent.com/api/2006-11\">" +
            "<CreateCustomFieldResult Id=\"[0-9A-F-]{36}\" ReferenceId=\"m1\" Success=\"true\" />" +
            "<CreateCustomFieldResult ReferenceId=\"m2\" Success=\"false\"><Errors><Error Code=\"BO40401\" Description=\"FieldName is required to create a custom field\" /></Errors></CreateCustomFieldResult>" +
            "</CreateCustomFieldResult></CreateCustomFieldResponse>", Regex.Replace(reply.Body, @">\s+<", "><"));
    }

    [Fact]
    public async Task Create_ChoiceField_IsRetrievedWithItsChoices_ListedInDescribeGlobal_AndSeenByGetUpdated()
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = fixture.Clock.GetUtcNow();
        var (name, code) = (Unique("Meal"), Unique("MEAL"));
        var id = (await fixture.CreateContactFieldsAsync(Field($"FieldName=\"{name}\" FieldCode=\"{code}\" FieldType=\"single choice\" HelpText=\"Pick one\"",
            "Fish", "Meat", "Veggie")))[0];

        var field = await fixture.RetrieveAsync("EntityCustomField", id);
        Assert.Equal((name, code, "Single Choice", "Pick one"), ((string?)field.Attribute("FieldName"), (string?)field.Attribute("FieldCode"),
            (string?)field.Attribute("FieldType"), (string?)field.Attribute("HelpText")));
        Assert.Equal(["Fish", "Meat", "Veggie"], field.Elements(SoapEnvelopes.S1 + "FieldChoices").Select(c => c.Value));
        var global = await fixture.CallAsync("DescribeGlobal", $"<DescribeGlobal xmlns=\"{Tns}\"/>");
        Assert.Contains(global.Xml.Descendants(SoapEnvelopes.S1 + "LookUp"),
            l => (string?)l.Attribute("Type") == "ContactCustomField" && l.Element(SoapEnvelopes.S1 + "Id")?.Value == id && l.Element(SoapEnvelopes.S1 + "Code")?.Value == code);
        Assert.Equal([id], await fixture.UpdatedAsync("EntityCustomField", since));
    }

    [Fact]
    public async Task Update_ChangesTheSentAttributes_ReplacesChoicesWhenSent_KeepsTheRest_AndRecordsEachChange()
    {
        var name = Unique("Size");
        var id = (await fixture.CreateContactFieldsAsync(Field($"FieldName=\"{name}\" FieldType=\"Choice\" HelpText=\"Kept\"", "S", "M")))[0];
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = fixture.Clock.GetUtcNow();

        var items = await fixture.ItemsAsync("UpdateCustomField", UpdateFields(Field($"Id=\"{id}\" MessageId=\"u\" FieldName=\"{name}-2\"", "S", "M", "L")));

        Assert.Equal((id, "u", true), (items[0].Id, items[0].ReferenceId, items[0].Success));
        var field = await fixture.RetrieveAsync("EntityCustomField", id);
        Assert.Equal(($"{name}-2", "Kept"), ((string?)field.Attribute("FieldName"), (string?)field.Attribute("HelpText")));
        Assert.Equal(["S", "M", "L"], field.Elements(SoapEnvelopes.S1 + "FieldChoices").Select(c => c.Value));
        Assert.Equal([id], await fixture.UpdatedAsync("EntityCustomField", since));
        var changes = await fixture.Store.ListFieldChangesAsync(fixture.AccountKey, "EntityCustomField", Breakout.Domain.CventId.Parse(id));
        Assert.Contains(changes, c => c is { Operation: "UpdateCustomField", Field: "FieldChoices", OldValue: "S|M", NewValue: "S|M|L" });
        Assert.Contains(changes, c => c.Operation == "CreateCustomField" && c.Field == "FieldName" && c.OldValue is null && c.NewValue == name);
    }

    [Theory]
    [InlineData("FieldName=\"{0}\" FieldType=\"Dropdown\"", "", "BO40402")]
    [InlineData("FieldName=\"{0}\" FieldType=\"Text\" AnswerFormat=\"Roman numerals\"", "", "BO40402")]
    [InlineData("FieldName=\"{0}\" FieldType=\"Single Choice\"", "", "BO40403")]
    [InlineData("FieldName=\"{0}\" FieldType=\"Text\"", "A", "BO40403")]
    [InlineData("FieldName=\"{0}\" FieldType=\"Choice\"", "A|B", "BO40403")]
    [InlineData("FieldName=\"{0}\" FieldType=\"Text\" MinimumCharacters=\"9\" MaximumCharacters=\"3\"", "", "BO40405")]
    [InlineData("FieldName=\"{0}\" FieldType=\"Number\" MinimumNumber=\"ten\"", "", "BO40405")]
    [InlineData("Id=\"B5C1E3B6-0000-4000-8000-000000000001\" FieldName=\"{0}\" FieldType=\"Text\"", "", "BO40407")]
    public async Task Create_RefusesAFieldThatBreaksARule_WithItsCode(string attributes, string choices, string code)
    {
        var item = Assert.Single(await fixture.ItemsAsync("CreateCustomField", CreateFields("ContactCustomField",
            Field(string.Format(System.Globalization.CultureInfo.InvariantCulture, attributes, Unique("Bad")), choices.Length == 0 ? [] : [choices]))));

        Assert.Equal((false, code), (item.Success, item.Code));
    }

    [Fact]
    public async Task Create_RefusesANameOrCodeTheCategoryAlreadyHas_AnyCase_ButTakesItInAnotherCategory()
    {
        var (name, code) = (Unique("Dup"), Unique("DUP"));
        await fixture.CreateContactFieldsAsync(Field($"FieldName=\"{name}\" FieldCode=\"{code}\" FieldType=\"Text\""));

        var items = await fixture.ItemsAsync("CreateCustomField", CreateFields("ContactCustomField",
            Field($"FieldName=\"{name.ToUpperInvariant()}\" FieldType=\"Text\""), Field($"FieldName=\"{name}x\" FieldCode=\"{code.ToLowerInvariant()}\" FieldType=\"Text\"")));
        var other = await fixture.ItemsAsync("CreateCustomField", CreateFields("EventCustomField", Field($"FieldName=\"{name}\" FieldCode=\"{code}\" FieldType=\"Text\"")));

        Assert.Equal(["BO40404", "BO40404"], items.Select(i => i.Code));
        Assert.True(other[0].Success, other[0].Description);
    }

    [Fact]
    public async Task Update_RefusesNoId_AnUnknownId_ADuplicateId_AndATypeChangeOfAFieldInUse()
    {
        var name = Unique("Used");
        var id = (await fixture.CreateContactFieldsAsync(Field($"FieldName=\"{name}\" FieldType=\"Number\"")))[0];
        var contact = await fixture.ItemsAsync("CreateContact",
            $"<CreateContact xmlns=\"{Tns}\"><Contacts><Contact xmlns=\"{S1}\" LastName=\"User\">{Detail(id, "42")}</Contact></Contacts></CreateContact>");
        Assert.True(contact[0].Success, contact[0].Description);

        var items = await fixture.ItemsAsync("UpdateCustomField", UpdateFields(
            Field("FieldName=\"NoId\""), Field($"Id=\"{Guid.NewGuid()}\" FieldName=\"Ghost\""), Field($"Id=\"{id}\" FieldType=\"Date\""),
            Field($"Id=\"{id}\" FieldName=\"Again\"")));

        Assert.Equal(["BO40406", "BO40407", "BO40408", "BO40409"], items.Select(i => i.Code));
    }

    [Fact]
    public async Task Create_WithAMissingOrUnknownCategory_FaultsTheCall_AndAnEmptyOrOversizedBatchFaultsToo()
    {
        var missing = await fixture.CallAsync("CreateCustomField", $"<CreateCustomField xmlns=\"{Tns}\"><CustomFields>{Field("FieldName=\"X\" FieldType=\"Text\"")}</CustomFields></CreateCustomField>");
        var unknown = await fixture.CallAsync("CreateCustomField", CreateFields("InviteeCustomField", Field("FieldName=\"X\" FieldType=\"Text\"")));
        var empty = await fixture.CallAsync("CreateCustomField", CreateFields("ContactCustomField"));
        var tooMany = await fixture.CallAsync("UpdateCustomField", UpdateFields([.. Enumerable.Range(0, 201).Select(i => Field($"Id=\"{Guid.NewGuid()}\""))]));

        Assert.Equal(("CV10001", "CV10001", "CV20018", "CV20021"), (missing.FaultCode, unknown.FaultCode, empty.FaultCode, tooMany.FaultCode));
    }
}
