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
