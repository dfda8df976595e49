using Breakout.TestSupport;
using static Breakout.Host.Tests.ClockedServerFixture;
using static Breakout.Host.Tests.FieldsAndInvitees.FieldsServerFixture;

namespace Breakout.Host.Tests.FieldsAndInvitees;

/// <summary>
/// <c>CustomFieldDetail</c> on CreateContact, UpdateContact and UpsertContact: typed and checked values, stored,
/// returned by Retrieve in the fields' code order, and moving the contact's modification time.
/// </summary>
public sealed class ContactCustomFieldTests(FieldsServerFixture fixture) : IClassFixture<FieldsServerFixture>
{
    private static string Contacts(string operation, params string[] contacts) =>
        $"<{operation} xmlns=\"{Tns}\"><Contacts>{string.Concat(contacts)}</Contacts></{operation}>";

    private static string Contact(string attributes, params string[] details) => $"<Contact xmlns=\"{S1}\" {attributes}>{string.Concat(details)}</Contact>";

    /// <summary>A text, a number, a date, a choice and a multiple-choice field, with codes in that order.</summary>
    private async Task<(string Text, string Number, string Date, string Choice, string Multi, string Prefix)> FieldsAsync()
    {
        var prefix = Unique("F");
        var ids = await fixture.CreateContactFieldsAsync(
            Field($"FieldName=\"{prefix} text\" FieldCode=\"{prefix}1\" FieldType=\"Open Ended Text - One Line\" MaximumCharacters=\"10\""),
            Field($"FieldName=\"{prefix} number\" FieldCode=\"{prefix}2\" FieldType=\"Open Ended Text - One Line\" AnswerFormat=\"Numeric\" MinimumNumber=\"0\" MaximumNumber=\"100\""),
            Field($"FieldName=\"{prefix} date\" FieldCode=\"{prefix}3\" FieldType=\"Open Ended Date/Time\" EarliestDate=\"2000-01-01T00:00:00\""),
            Field($"FieldName=\"{prefix} choice\" FieldCode=\"{prefix}4\" FieldType=\"Single Choice\"", "Red", "Green"),
            Field($"FieldName=\"{prefix} multi\" FieldCode=\"{prefix}5\" FieldType=\"Multiple Choice\"", "Tea", "Coffee", "Juice"));
        return (ids[0], ids[1], ids[2], ids[3], ids[4], prefix);
    }

    [Fact]
    public async Task Create_StoresEveryKindOfValue_Canonically_AndRetrieveReturnsThemInCodeOrder()
    {
        var f = await FieldsAsync();
        var item = Assert.Single(await fixture.ItemsAsync("CreateContact", Contacts("CreateContact", Contact("LastName=\"Typed\"",
            Detail(f.Multi, "juice | Tea"), Detail(f.Choice, "green"), Detail(f.Date, "2027-02-03"), Detail(f.Number, "42.50"),
            Detail(null, "hello", fieldName: $"{f.Prefix} TEXT")))));
        Assert.True(item.Success, item.Description);

        var details = (await fixture.RetrieveAsync("Contact", item.Id!)).Elements(SoapEnvelopes.S1 + "CustomFieldDetail").ToList();

        Assert.Equal([f.Text, f.Number, f.Date, f.Choice, f.Multi], details.Select(d => (string?)d.Attribute("FieldId")));
        Assert.Equal(["hello", "42.50", "2027-02-03T00:00:00", "Green", "Juice|Tea"], details.Select(d => (string?)d.Attribute("FieldValue")));
        Assert.Equal(($"{f.Prefix} choice", "Single Choice"), ((string?)details[3].Attribute("FieldName"), (string?)details[3].Attribute("FieldType")));
    }

    [Theory]
    [InlineData(1, "forty-two", "BO40301")]
    [InlineData(1, "101", "BO40303")]
    [InlineData(2, "not a date", "BO40301")]
    [InlineData(2, "1999-12-31", "BO40303")]
    [InlineData(3, "Blue", "BO40302")]
    [InlineData(4, "Tea|Milk", "BO40302")]
    [InlineData(0, "eleven characters", "BO40303")]
    public async Task Create_RefusesAValueThatDoesNotFitItsField_AndCreatesNoContact(int field, string value, string code)
    {
        var f = await FieldsAsync();
        var ids = new[] { f.Text, f.Number, f.Date, f.Choice, f.Multi };

        var item = Assert.Single(await fixture.ItemsAsync("CreateContact", Contacts("CreateContact", Contact("LastName=\"Refused\"", Detail(ids[field], value)))));

        Assert.Equal((false, code, (string?)null), (item.Success, item.Code, item.Id));
    }

    [Fact]
    public async Task Create_RefusesAnUnknownField_AFieldOfAnotherCategory_AndTheSameFieldTwice_WithCventsCodes()
    {
        var f = await FieldsAsync();
        var eventField = (await fixture.ItemsAsync("CreateCustomField", CreateFields("EventCustomField", Field($"FieldName=\"{Unique("Ev")}\" FieldType=\"Text\""))))[0].Id;

        var items = await fixture.ItemsAsync("CreateContact", Contacts("CreateContact",
            Contact("LastName=\"A\"", Detail(Guid.NewGuid().ToString(), "x")),
            Contact("LastName=\"B\"", Detail(eventField, "x")),
            Contact("LastName=\"C\"", Detail(null, "x", fieldName: "No such field")),
            Contact("LastName=\"D\"", Detail(f.Text, "a"), Detail(f.Text, "b"))));

        Assert.Equal(["CV40111", "CV40111", "CV40111", "CV40116"], items.Select(i => i.Code));
    }

    [Fact]
    public async Task Update_SetsTheSentValues_ClearsEmptyOnes_KeepsTheOthers_AndMovesLastModifiedDate()
    {
        var f = await FieldsAsync();
        var id = (await fixture.ItemsAsync("CreateContact", Contacts("CreateContact",
            Contact("LastName=\"Changing\"", Detail(f.Text, "first"), Detail(f.Choice, "Red"), Detail(f.Number, "1")))))[0].Id!;
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = fixture.Clock.GetUtcNow();

        var item = Assert.Single(await fixture.ItemsAsync("UpdateContact", Contacts("UpdateContact",
            Contact($"Id=\"{id}\"", Detail(f.Text, "second"), Detail(f.Choice, "")))));

        Assert.True(item.Success, item.Description);
        var contact = await fixture.RetrieveAsync("Contact", id);
        Assert.Equal(["second", "1"], contact.Elements(SoapEnvelopes.S1 + "CustomFieldDetail").Select(d => (string?)d.Attribute("FieldValue")));
        Assert.Equal(ObjectCalls.Gmt(since), ((string?)contact.Attribute("LastModifiedDate"))![..19]);
        Assert.Contains(id, await fixture.UpdatedAsync("Contact", since));
        var changes = await fixture.Store.ListFieldChangesAsync(fixture.AccountKey, "Contact", Breakout.Domain.CventId.Parse(id));
        Assert.Contains(changes, c => c is { Operation: "UpdateContact", OldValue: "Red", NewValue: null } && c.Field == $"CustomFieldDetail/{f.Choice}");
    }

    [Fact]
    public async Task Upsert_WritesValuesOfTheContactItFindsOrCreates()
    {
        var f = await FieldsAsync();
        var email = $"{Unique("u")}@example.com";
        var first = await fixture.ItemsAsync("UpsertContact", Contacts("UpsertContact",
            Contact($"FirstName=\"Up\" LastName=\"Sert\" EmailAddress=\"{email}\"", Detail(f.Choice, "Red"))));
        var second = await fixture.ItemsAsync("UpsertContact", Contacts("UpsertContact",
            Contact($"FirstName=\"Up\" LastName=\"Sert\" EmailAddress=\"{email}\"", Detail(f.Choice, "Green"))));

        Assert.Equal(first[0].Id, second[0].Id);
        var contact = await fixture.RetrieveAsync("Contact", first[0].Id!);
        Assert.Equal("Green", (string?)Assert.Single(contact.Elements(SoapEnvelopes.S1 + "CustomFieldDetail")).Attribute("FieldValue"));
    }

    [Fact]
    public async Task Search_ByCustomContactField_FindsTheContactsWithTheValue_AndAnUnknownFieldFaultsWithCV20016()
    {
        var f = await FieldsAsync();
        var green = (await fixture.ItemsAsync("CreateContact", Contacts("CreateContact",
            Contact("LastName=\"Green one\"", Detail(f.Choice, "Green")), Contact("LastName=\"Red one\"", Detail(f.Choice, "Red")))))[0].Id!;

        var found = ObjectCalls.Ids(await fixture.CallAsync("Search", ObjectCalls.Search("Contact", null,
            ObjectCalls.Filter($"CustomContactField:{f.Choice.ToLowerInvariant()}", "Equals", "GREEN"))), "Search");
        var starts = ObjectCalls.Ids(await fixture.CallAsync("Search", ObjectCalls.Search("Contact", null,
            ObjectCalls.Filter($"customcontactfield:{f.Choice}", "Starts with", "Gr"))), "Search");
        var unknown = await fixture.CallAsync("Search", ObjectCalls.Search("Contact", null, ObjectCalls.Filter($"CustomContactField:{Guid.NewGuid()}", "Equals", "x")));
        var malformed = await fixture.CallAsync("Search", ObjectCalls.Search("Contact", null, ObjectCalls.Filter("CustomContactField:DIET", "Equals", "x")));

        Assert.Equal([green], found);
        Assert.Equal([green], starts);
        Assert.Equal(("CV20016", "CV20016"), (unknown.FaultCode, malformed.FaultCode));
    }
}
