using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>TransferInvitee, and the whole path from an address-book contact to a session seat.</summary>
public sealed class TransferInviteeTests : OwnServerTests
{
    private async Task<IReadOnlyList<(string? Id, string? ReferenceId, bool Success, string? Code)>> Call(string activityType, string? activityId, params string[] contactIds)
    {
        var body = $"<TransferInvitee xmlns=\"http://api.cvent.com/2006-11\"><ActivityType>{activityType}</ActivityType>" + (activityId is null ? "" : $"<ActivityId>{activityId}</ActivityId>") +
            "<CvObjects xmlns=\"http://schemas.cvent.com/api/2006-11\">" + string.Concat(contactIds.Select((id, i) => $"<CvObject Id=\"{id}\" MessageId=\"t{i}\"/>")) + "</CvObjects></TransferInvitee>";
        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, body), SoapEnvelopes.Action("TransferInvitee"));
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + "TransferInviteeResult").Where(e => e.Parent?.Name == s1 + "TransferInviteeResult").Select(e => (
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Code")))];
    }

    [Fact]
    public async Task NewContact_BecomesAnInvitee_ThenAccepted_ThenRegisteredForASession()
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber))!;
        var contact = new ContactRecord(CventId.New(), "Ada", "Lovelace", "ada@example.com", "Analytical Engines");
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch { Contacts = [contact] }));

        var first = Assert.Single(await Call("Event", Server.Conference.Id, contact.Id.ToString()));
        var second = Assert.Single(await Call("Event", Server.Conference.Id, contact.Id.ToString()));

        Assert.True(first.Success);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("CV90104", (await Server.SessionRegActionAsync(Token, "Register", Server.Session("NET").Id, (first.Id, null, null)))[0].ErrorCode);
        var register = $"<SimpleEventRegistration xmlns=\"http://api.cvent.com/2006-11\"><CvObjects><CvObject Id=\"{first.Id}\"/></CvObjects><RegAction>Register</RegAction><EventId>{Server.Conference.Id}</EventId></SimpleEventRegistration>";
        Assert.Contains("Success=\"true\"", (await Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, register), null)).Body, StringComparison.Ordinal);
        Assert.True((await Server.SessionRegActionAsync(Token, "Register", Server.Session("NET").Id, (first.Id, null, null)))[0].Success);
        Assert.Empty(await store.VerifyAsync());
    }

    [Fact]
    public async Task Errors_ArePerItem_OrForTheWholeActivity()
    {
        var unknown = Guid.NewGuid().ToString();
        var items = await Call("Event", Server.Conference.Id, "bad", unknown, unknown);

        Assert.Equal(["CV50101", "CV50103", "CV50102"], items.Select(i => i.Code));
        Assert.Equal("CV50105", Assert.Single(await Call("Event", Guid.NewGuid().ToString(), unknown)).Code);
        Assert.Equal("CV50106", Assert.Single(await Call("Survey", Server.Conference.Id, unknown)).Code);
    }
}
