using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Domain.Email;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.Email;

/// <summary>SendEmail over raw SOAP, without a relay: what is queued, each documented error, the limits, tenant isolation.</summary>
public sealed class SendEmailTests : OwnServerTests
{
    private string EventId => Server.Conference.Id;

    [Fact]
    public async Task SendEmail_QueuesOneMessagePerInvitee_SeenByRetrieveSearchAndGetUpdated()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-2);
        var (first, second) = (Server.AcceptedInvitees.First(), Server.AcceptedInvitees.Skip(1).First());

        var results = SendEmailCalls.Results(await Server.SendAsync(Token,
            SendEmailCalls.Body("Event", EventId, "RegistrationConfirmation", false, null, (first.Id, "mine-1"), (second.Id.ToLowerInvariant(), null))));

        Assert.Equal([(first.Id, "mine-1", true, (string?)null), (second.Id, null, true, null)], results);
        var outbox = await Server.OutboxAsync();
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m => Assert.Equal((OutboxStatus.Queued, 0, "RegistrationConfirmation"), (m.Status, m.Attempts, m.Template)));
        var ids = ObjectCalls.Ids(await Server.CallAsync(Token, "Search", ObjectCalls.Search("EventEmailHistory", null)), "Search");
        Assert.Superset(outbox.Select(m => m.Id).ToHashSet(), ids.ToHashSet());
        var updated = ObjectCalls.Ids(await Server.CallAsync(Token, "GetUpdated",
            ObjectCalls.Window("GetUpdated", "EventEmailHistory", ObjectCalls.Gmt(before), ObjectCalls.Gmt(DateTimeOffset.UtcNow.AddMinutes(2)))), "GetUpdated");
        Assert.Superset(outbox.Select(m => m.Id).ToHashSet(), updated.ToHashSet());

        var mail = outbox.Single(m => m.InviteeId == first.Id);
        var history = Assert.Single(ObjectCalls.Objects(await Server.CallAsync(Token, "Retrieve", ObjectCalls.Retrieve("EventEmailHistory", mail.Id))));
        Assert.Equal((EventId, first.Id, "Queued", "RegistrationConfirmation", "breakout@localhost", mail.ToAddress),
            ((string?)history.Attribute("EventId"), (string?)history.Attribute("InviteeId"), (string?)history.Attribute("EmailStatus"),
                (string?)history.Attribute("EmailType"), (string?)history.Attribute("FromEmailAddress"), (string?)history.Attribute("ToEmailAddress")));
        Assert.EndsWith("@example.com", mail.ToAddress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendEmail_ReportsEachRecipientError_InOrder()
    {
        var invitee = Server.AcceptedInvitees.First().Id;
        Assert.True(Assert.Single(SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "Invitation", false, null, (invitee, null))))).Success);

        var results = SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "Invitation", false, null,
            ("not-a-guid", "a"), (invitee, "b"), (Server.AcceptedInvitees.Last().Id, "c"), (Server.AcceptedInvitees.Last().Id, "d"), (Guid.NewGuid().ToString(), "e"),
            (Server.Conference.Guests[0].Id, "f"))));

        Assert.Equal(["CV91200", "CV91204", null, "CV91202", "CV91201", "CV91201"], results.Select(r => r.Code));
        Assert.Equal(["a", "b", "c", "d", "e", "f"], results.Select(r => r.ReferenceId));
        Assert.True(Assert.Single(SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "Invitation", true, null, (invitee, null))))).Success);
    }

    [Theory]
    [InlineData("Survey", "SurveyInvitation", null, "CV91106")]
    [InlineData("Campaigns", "Invitation", null, "CV91108")]
    [InlineData("Event", "SurveyReminder", null, "CV91103")]
    [InlineData("Event", "ApprovalDenied", null, "CV91209")]
    [InlineData("Event", "CustomAttendeeMessage", null, "CV91101")]
    [InlineData("Event", "CustomAttendeeMessage", "Shuttle times", null)]
    public async Task SendEmail_WholeCallErrors_AreReportedOnEveryRecipient(string activityType, string template, string? emailName, string? code)
    {
        var recipients = Server.AcceptedInvitees.Take(2).Select(i => (i.Id, (string?)null)).ToArray();

        var results = SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body(activityType, EventId, template, false, emailName, recipients)));

        Assert.Equal([code, code], results.Select(r => r.Code));
        Assert.Equal(code is null ? 2 : 0, (await Server.OutboxAsync()).Count);
    }

    [Fact]
    public async Task SendEmail_WithAnUnknownOrMissingEvent_RefusesEveryRecipient()
    {
        var invitee = Server.AcceptedInvitees.First().Id;

        Assert.Equal("CV91102", Assert.Single(SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", Guid.NewGuid().ToString(), "Invitation", false, null, (invitee, null))))).Code);
        Assert.Equal("CV91102", Assert.Single(SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", "Conference", "Invitation", false, null, (invitee, null))))).Code);
        Assert.Equal("CV91101", Assert.Single(SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", null, "Invitation", false, null, (invitee, null))))).Code);
    }

    [Fact]
    public async Task SendEmail_TakesTwoHundredRecipients_AndFaultsWithNoneOrMore()
    {
        var invitee = Server.AcceptedInvitees.First().Id;
        var many = Enumerable.Repeat((invitee, (string?)null), 200).ToArray();

        var full = SendEmailCalls.Results(await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "EventReminder", false, null, many)));
        var over = await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "EventReminder", false, null, [.. many, (invitee, null)]));
        var none = await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "EventReminder", false, null));
        var badTemplate = await Server.SendAsync(Token, SendEmailCalls.Body("Event", EventId, "Newsletter", false, null, (invitee, null)));
        var noRequest = await Server.CallAsync(Token, "SendEmail", $"<SendEmail xmlns=\"{ObjectCalls.Tns}\"/>");

        Assert.Equal(200, full.Count);
        Assert.Equal([null, .. Enumerable.Repeat("CV91202", 199)], full.Select(r => r.Code));
        Assert.Equal((500, "CV20021"), (over.Status, over.FaultCode));
        Assert.Equal((500, "CV20018"), (none.Status, none.FaultCode));
        Assert.Equal((500, "CV10001"), (badTemplate.Status, badTemplate.FaultCode));
        Assert.Equal((500, "CV10001"), (noRequest.Status, noRequest.FaultCode));
        Assert.Single(await Server.OutboxAsync());
    }

    [Fact]
    public async Task SendEmail_FromAnotherAccount_CannotMailThisAccountsInvitees_NorSeeItsHistory()
    {
        Assert.True(Assert.Single(SendEmailCalls.Results(await Server.SendAsync(Token,
            SendEmailCalls.Body("Event", EventId, "Invitation", false, null, (Server.AcceptedInvitees.First().Id, null))))).Success);
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var other = await store.CreateAccountAsync("OTHERMAIL", "Other tenant");
        await store.CreateApiUserAsync(other.Key, "ops", PasswordHash.Create("ops-pass", 1000), "");
        var ownEvent = new EventRecord(CventId.New(), "Other event", "OTH", EventStatus.Active, null, null, "UTC");
        Assert.Empty(await store.ImportAsync(other.Key, new CatalogBatch { Events = [ownEvent] }));
        var login = await Server.PostSoap11Async(SoapEnvelopes.Login("OTHERMAIL", "ops", "ops-pass"), null);
        var token = (string)login.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;

        var foreignInvitee = Assert.Single(SendEmailCalls.Results(await Server.SendAsync(token,
            SendEmailCalls.Body("Event", ownEvent.Id.ToString(), "Invitation", true, null, (Server.AcceptedInvitees.First().Id, null)))));
        var foreignEvent = Assert.Single(SendEmailCalls.Results(await Server.SendAsync(token,
            SendEmailCalls.Body("Event", EventId, "Invitation", true, null, (Server.AcceptedInvitees.First().Id, null)))));

        Assert.Equal("CV91201", foreignInvitee.Code);
        Assert.Equal("CV91102", foreignEvent.Code);
        Assert.Empty(ObjectCalls.Ids(await Server.CallAsync(token, "Search", ObjectCalls.Search("EventEmailHistory", null)), "Search"));
        Assert.Empty(await store.ListOutboxAsync(other.Key, null, 10));
        Assert.Single(await Server.OutboxAsync());
        Assert.Equal(DemoTenant.AccountNumber, Assert.Single(await store.ListOutboxAsync(null, null, 10)).AccountNumber);
    }
}
