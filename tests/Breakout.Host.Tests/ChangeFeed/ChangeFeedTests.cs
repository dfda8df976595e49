using System.Net;
using System.Text.Json;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>
/// The change feed over HTTP after SessionRegAction calls sent as raw SOAP: every registration, waitlisting,
/// unregistration and promotion, in commit order, at consecutive positions. Run on each store by a subclass.
/// </summary>
public abstract class ChangeFeedTests
{
    protected abstract Task<BreakoutServer?> StartServerAsync();

    [Fact]
    public async Task Changes_AfterSessionRegActionCalls_ListRegistrationsWaitlistUnregistrationAndPromotionInOrder()
    {
        await using var server = await StartServerAsync();
        if (server is null)
        {
            return;
        }

        using var api = FeedApi.For(server.Endpoint);
        var account = server.Manifest.AccountNumber;
        var cursor = (await api.ChangesAsync(account)).Select(c => c.GetProperty("position").GetInt64()).LastOrDefault(); // the demo data's import
        var token = await server.LoginAsync();
        var workshop = server.Session("WKS").Id; // five seats and a waitlist
        var people = server.AcceptedInvitees.Take(6).Select(i => i.Id).ToArray();

        var registered = await server.SessionRegActionAsync(token, "Register", workshop, [.. people.Select(p => ((string?)p, (string?)null, (string?)("m-" + p)))]);
        var unregistered = await server.SessionRegActionAsync(token, "Unregister", workshop, (people[0], null, null));

        Assert.All(registered.Take(5).Concat(unregistered), r => Assert.True(r.Success, r.ErrorDescription));
        Assert.Equal("BO90203", registered[5].ErrorCode); // waitlisted
        var changes = await api.ChangesAsync(account, cursor);
        Assert.Equal(
            [
                .. people.Take(5).Select(p => ("session.registered", p)), ("session.waitlisted", people[5]),
                ("session.unregistered", people[0]), ("session.promoted", people[5]),
            ],
            changes.Select(c => (Text(c, "type"), Text(c, "registrantId"))));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => cursor + n), changes.Select(c => c.GetProperty("position").GetInt64()));
        Assert.All(changes, c => Assert.Equal((workshop, server.Conference.Id, "SessionRegAction", "Invitee"),
            (Text(c, "sessionId"), Text(c, "eventId"), Text(c, "operation"), Text(c, "registrantKind"))));
        Assert.Equal("m-" + people[5], Text(changes[5], "messageId"));
        var last = await api.JsonAsync(HttpMethod.Get, $"changes?account={account}&after={cursor + 8}");
        Assert.Equal((0, cursor + 8, false), (last.GetProperty("changes").GetArrayLength(), last.GetProperty("next").GetInt64(), last.GetProperty("hasMore").GetBoolean()));
    }

    [Fact]
    public async Task Changes_AfterUpdateSessionAndCopyEvent_NameTheChangedFields_AndListEachCopiedSessionAsCreated()
    {
        await using var server = await StartServerAsync();
        if (server is null)
        {
            return;
        }

        using var api = FeedApi.For(server.Endpoint);
        var account = server.Manifest.AccountNumber;
        var cursor = (await api.ChangesAsync(account)).Select(c => c.GetProperty("position").GetInt64()).LastOrDefault();
        var token = await server.LoginAsync();
        var workshop = server.Session("WKS");

        // The name is sent unchanged: the status and the capacity differ.
        var update = await server.CallAsync(token, "UpdateSession", $"<UpdateSession xmlns=\"{ObjectCalls.Tns}\"><sessions><Session xmlns=\"{ObjectCalls.S1}\" " +
            $"Id=\"{workshop.Id}\" MessageId=\"s-1\" ProductName=\"{System.Security.SecurityElement.Escape(workshop.Name)}\" Status=\"ClosedForRegistration\" Capacity=\"{workshop.Capacity + 1}\"/></sessions></UpdateSession>");
        var copy = await server.CallAsync(token, "CopyEvent", $"<CopyEvent xmlns=\"{ObjectCalls.Tns}\"><EventId>{server.Conference.Id}</EventId><EventParameters>" +
            $"<EventParameters xmlns=\"{ObjectCalls.S1}\" MessageId=\"c-1\" Title=\"Copied conference\"/></EventParameters></CopyEvent>");

        Assert.True(update.Status == 200 && !update.Body.Contains("Error", StringComparison.Ordinal), update.Body);
        Assert.True(copy.Status == 200, copy.Body);
        var copyId = (string?)copy.Xml.Descendants(SoapEnvelopes.S1 + "CopyEventResult").Single(e => e.Parent?.Name == SoapEnvelopes.S1 + "CopyEventResult").Attribute("Id");
        Assert.NotNull(copyId);
        var changes = await api.ChangesAsync(account, cursor);
        var updated = Assert.Single(changes, c => Text(c, "type") == "session.updated");
        Assert.Equal((workshop.Id, "s-1"), (Text(updated, "sessionId"), Text(updated, "messageId")));
        Assert.Equal(["Status", "Capacity"], updated.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        var copied = changes.SkipWhile(c => Text(c, "type") != "event.copied").ToList();
        Assert.Equal(["event.copied", .. server.Conference.Sessions.Select(_ => "session.created")], copied.Select(c => Text(c, "type")));
        Assert.All(copied, c => Assert.Equal((copyId, "CopyEvent", "c-1"), (Text(c, "eventId"), Text(c, "operation"), Text(c, "messageId"))));
        Assert.Equal(server.Conference.Sessions.Count, copied.Skip(1).Select(c => Text(c, "sessionId")).Distinct().Count());
        Assert.DoesNotContain(copied.Skip(1), c => server.Conference.Sessions.Any(s => s.Id == Text(c, "sessionId")));
        Assert.All(copied, c => Assert.False(c.TryGetProperty("changedFields", out _)));
    }

    [Fact]
    public async Task Changes_WithoutTheKey_AreRefused_AndAnUnknownAccountIsNotFound()
    {
        await using var server = await StartServerAsync();
        if (server is null)
        {
            return;
        }

        using var api = FeedApi.For(server.Endpoint);

        using var anonymous = await api.SendAsync(HttpMethod.Get, $"changes?account={server.Manifest.AccountNumber}", bearer: null);
        using var wrong = await api.SendAsync(HttpMethod.Get, $"changes?account={server.Manifest.AccountNumber}", bearer: "not-the-key");
        using var unknown = await api.SendAsync(HttpMethod.Get, "changes?account=NOSUCHACCOUNT");
        using var webhooks = await api.SendAsync(HttpMethod.Get, "webhooks", bearer: null);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized],
            new[] { anonymous, wrong, unknown, webhooks }.Select(r => r.StatusCode));
    }

    private static string? Text(JsonElement change, string name) => change.TryGetProperty(name, out var value) ? value.GetString() : null;
}
