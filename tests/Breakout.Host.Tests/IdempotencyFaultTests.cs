using System.Xml.Linq;
using Breakout.Soap.Idempotency;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>
/// The two faults of <c>Idempotency-Key</c> (docs/idempotency.md) over HTTP, byte for byte: BO10012 for a retry while
/// the first call is still running (held inside the store, deterministically), BO10011 for the key with another body.
/// </summary>
public sealed class IdempotencyFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retry_WhileTheFirstCallIsStillRunning_AnswersTheBO10012Fault_AndTheFirstCallRunsOnce()
    {
        GatedIdempotentCalls? gate = null;
        await using var server = await BreakoutServer.StartAsync(["--Breakout:Idempotency:Wait=00:00:00.2"], services => services.AddSingleton(sp =>
        {
            gate = new GatedIdempotentCalls(sp.GetRequiredService<IBreakoutStore>());
            return new IdempotentExecution(gate, new IdempotencyOptions { Wait = TimeSpan.FromMilliseconds(200) });
        }));
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First().Id;
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", lounge, (invitee, null, "m1"));

        var first = PostAsync(server, envelope, "slow-1");
        await gate!.Started.WaitAsync(Ct);
        var retry = await PostAsync(server, envelope, "slow-1");
        gate.Release();
        var answered = await first;
        var later = await PostAsync(server, envelope, "slow-1");

        Assert.Equal((500, "text/xml; charset=utf-8", false), (retry.Status, retry.ContentType, retry.Replayed));
        Assert.Equal(Fault(server, "BO10012", "IDEMPOTENCY_KEY_IN_PROGRESS",
            "A call with the Idempotency-Key 'slow-1' is still running; nothing was run. Send the request again to get its response."), retry.Text);
        Assert.Equal((200, false), (answered.Status, answered.Replayed));
        Assert.True(Assert.Single(ItemResult.Parse(XDocument.Parse(answered.Text))).Success);
        Assert.Equal((200, true), (later.Status, later.Replayed));
        Assert.Equal(answered.Body, later.Body);
        Assert.Equal(1, await RegistrationsAsync(server, lounge, invitee));
    }

    [Fact]
    public async Task SameKey_WithAnotherBody_AnswersTheBO10011Fault_AndRunsNothing()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var (a, b) = (server.AcceptedInvitees.ElementAt(0).Id, server.AcceptedInvitees.ElementAt(1).Id);

        var first = await PostAsync(server, SoapEnvelopes.SessionRegAction(token, "Register", lounge, (a, null, null)), "reused-1");
        var reused = await PostAsync(server, SoapEnvelopes.SessionRegAction(token, "Register", lounge, (b, null, null)), "reused-1");

        Assert.Equal(200, first.Status);
        Assert.Equal((500, "text/xml; charset=utf-8", false), (reused.Status, reused.ContentType, reused.Replayed));
        Assert.Equal(Fault(server, "BO10011", "IDEMPOTENCY_KEY_REUSED",
            "The Idempotency-Key 'reused-1' was used before by this account with another request body; nothing was run. Use a new key for a new request."), reused.Text);
        Assert.Equal((1, 0), (await RegistrationsAsync(server, lounge, a), await RegistrationsAsync(server, lounge, b)));
    }

    private static string Fault(BreakoutServer server, string code, string name, string detail) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>
            <soap:Fault>
              <faultcode xmlns:q0="http://schemas.cvent.com/api/2006-11">q0:{code}</faultcode>
              <faultstring>{name}</faultstring>
              <faultactor>{server.Endpoint}</faultactor>
              <detail>
                <Main-Exception xmlns="http://schemas.cvent.com/api/2006-11">
                  <Exception-Code>{code}</Exception-Code>
                  <Exception-Detail>{detail}</Exception-Detail>
                </Main-Exception>
              </detail>
            </soap:Fault>
          </soap:Body>
        </soap:Envelope>
        """.ReplaceLineEndings("\n");

    private static Task<RawReply> PostAsync(BreakoutServer server, string envelope, string key) =>
        RawSoapPost.PostAsync(server.Client, server.Endpoint, envelope, "SessionRegAction", key, null, Ct);

    /// <summary>How many registrations the invitee holds in the session, as the store exports them.</summary>
    private static async Task<int> RegistrationsAsync(BreakoutServer server, string sessionId, string inviteeId)
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber, Ct))!;
        return await store.ExportRegistrationsAsync(account.Key, Ct).CountAsync(r => r.SessionId == sessionId && r.RegistrantId == inviteeId, Ct);
    }
}
