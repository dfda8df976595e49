using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>Many clients at once: every one gets its full, correct answer.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task TwoHundredConcurrentRequests_AllSucceed()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var session = server.Session("KEY").Id;
        var invitee = server.AcceptedInvitees.Last().Id;
        var envelope = SoapEnvelopes.SessionRegAction(token, "Unregister", session, (invitee, null, "concurrent"));
        // One HttpClient per request, so each request has its own connection.
        var clients = Enumerable.Range(0, 200).Select(_ => new HttpClient()).ToList();
        try
        {
            var replies = await Task.WhenAll(clients.Select(async client =>
            {
                using var content = new StringContent(envelope, System.Text.Encoding.UTF8, "text/xml");
                using var response = await client.PostAsync(new Uri(server.Endpoint), content);
                return new SoapReply((int)response.StatusCode, "", await response.Content.ReadAsStringAsync());
            }));

            Assert.All(replies, reply =>
            {
                Assert.Equal(200, reply.Status);
                Assert.Equal("CV90106", Assert.Single(ItemResult.Parse(reply.Xml)).ErrorCode);
            });
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        Assert.False(string.IsNullOrEmpty(await server.LoginAsync()));
    }
}
