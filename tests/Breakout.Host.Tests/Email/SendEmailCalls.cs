using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.Email;

/// <summary>Raw SendEmail requests and answer readers, and a bounded wait for the outbox.</summary>
internal static class SendEmailCalls
{
    public static string Body(string activityType, string? activityId, string template, bool resend, string? emailName, params (string Id, string? MessageId)[] recipients) =>
        $"<SendEmail xmlns=\"{ObjectCalls.Tns}\"><EmailRequest xmlns=\"{ObjectCalls.S1}\" ActivityType=\"{activityType}\"" +
        (activityId is null ? "" : $" ActivityId=\"{activityId}\"") + $" EmailTemplateName=\"{template}\" ResendToPreviousRecipients=\"{(resend ? "true" : "false")}\"" +
        (emailName is null ? "" : $" EmailName=\"{emailName}\"") + "><RecipientId>" +
        string.Concat(recipients.Select(r => $"<CvObject Id=\"{r.Id}\"" + (r.MessageId is null ? "" : $" MessageId=\"{r.MessageId}\"") + "/>")) +
        "</RecipientId></EmailRequest></SendEmail>";

    public static async Task<SoapReply> SendAsync(this BreakoutServer server, string token, string body) =>
        await server.CallAsync(token, "SendEmail", body);

    /// <summary>The items of a SendEmailResponse: Id, ReferenceId, Success and the error code.</summary>
    public static IReadOnlyList<(string? Id, string? ReferenceId, bool Success, string? Code)> Results(SoapReply reply)
    {
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + "SendEmailResult").Where(e => e.Parent?.Name == s1 + "SendEmailResult").Select(e => (
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Code")))];
    }

    /// <summary>The demo account's outbox, newest first.</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(this BreakoutServer server)
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber))!;
        return await store.ListOutboxAsync(account.Key, null, 1000);
    }

    /// <summary>Waits (at most a minute, polling) until <paramref name="done"/> holds; fails the test otherwise.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited a minute for: {what}");
            await Task.Delay(50);
        }
    }
}
