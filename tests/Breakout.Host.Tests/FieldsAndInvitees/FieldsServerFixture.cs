using System.Xml.Linq;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.FieldsAndInvitees;

/// <summary>
/// One demo server for the tests of a class (custom fields, guests, internal information, registration types), on a
/// manual clock, with helpers to send raw calls and read their per-item answers. Tests use names and invitees of
/// their own, so they do not depend on each other.
/// </summary>
public sealed class FieldsServerFixture : ClockedServerFixture
{
    public Task<SoapReply> CallAsync(string operation, string body) => Server.CallAsync(Token, operation, body);

    /// <summary>Sends a call that must answer 200 and returns its items.</summary>
    public async Task<IReadOnlyList<Item>> ItemsAsync(string operation, string body, string? itemName = null)
    {
        var reply = await CallAsync(operation, body);
        Assert.True(reply.Status == 200, reply.Body);
        return Item.Parse(reply, operation, itemName);
    }

    /// <summary>A new unique name.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static string CreateFields(string category, params string[] fields) =>
        $"<CreateCustomField xmlns=\"{Tns}\"><CustomFieldCategory>{category}</CustomFieldCategory><CustomFields>{string.Concat(fields)}</CustomFields></CreateCustomField>";

    public static string UpdateFields(params string[] fields) =>
        $"<UpdateCustomField xmlns=\"{Tns}\"><CustomFields>{string.Concat(fields)}</CustomFields></UpdateCustomField>";

    /// <summary>An <c>EntityCustomField</c> with those attributes and choices.</summary>
    public static string Field(string attributes, params string[] choices) =>
        $"<EntityCustomField {attributes}>" + string.Concat(choices.Select(c => $"<FieldChoices xmlns=\"{S1}\"><FieldChoiceText>{c}</FieldChoiceText></FieldChoices>")) +
        "</EntityCustomField>";

    public static string Detail(string? fieldId, string value, string? fieldName = null) =>
        $"<CustomFieldDetail xmlns=\"{S1}\"" + (fieldId is null ? "" : $" FieldId=\"{fieldId}\"") + (fieldName is null ? "" : $" FieldName=\"{fieldName}\"") +
        $" FieldValue=\"{value}\"/>";

    /// <summary>Creates contact custom fields that must succeed and returns their IDs.</summary>
    public async Task<string[]> CreateContactFieldsAsync(params string[] fields)
    {
        var items = await ItemsAsync("CreateCustomField", CreateFields("ContactCustomField", fields));
        Assert.All(items, i => Assert.True(i.Success, i.Description));
        return [.. items.Select(i => i.Id!)];
    }

    /// <summary>The one object a Retrieve of that type and ID answers.</summary>
    public async Task<XElement> RetrieveAsync(string type, string id) => Assert.Single(ObjectCalls.Objects(await CallAsync("Retrieve", ObjectCalls.Retrieve(type, id))));

    /// <summary>The IDs GetUpdated answers for a type in the window around the fixture clock's now.</summary>
    public async Task<IReadOnlyList<string>> UpdatedAsync(string type, DateTimeOffset from) =>
        ObjectCalls.Ids(await CallAsync("GetUpdated", ObjectCalls.Window("GetUpdated", type, ObjectCalls.Gmt(from), ObjectCalls.Gmt(Clock.GetUtcNow().AddMinutes(2)))), "GetUpdated");

    /// <summary>One item of a batch answer: <c>Id</c>, <c>ReferenceId</c>, <c>Success</c> and the first error.</summary>
    public sealed record Item(string? Id, string? ReferenceId, bool Success, string? Code, string? Description)
    {
        public static IReadOnlyList<Item> Parse(SoapReply reply, string operation, string? itemName = null)
        {
            var s1 = SoapEnvelopes.S1;
            var array = reply.Xml.Descendants(s1 + (operation + "Result")).First();
            return [.. array.Elements(s1 + (itemName ?? operation + "Result")).Select(e => new Item(
                (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
                (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Code"),
                (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Description")))];
        }
    }
}
