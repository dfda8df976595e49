using System.Net.Http.Json;
using System.Text.Json;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>Admin API calls over real HTTP to a test server, answers as JSON documents.</summary>
internal static class AdminCalls
{
    public static Uri Admin(this BreakoutServer server, string path) => new(new Uri(server.Endpoint), "/admin/" + path);

    public static async Task<(int Status, JsonElement Json)> AdminGetAsync(this BreakoutServer server, string path)
    {
        using var response = await server.Client.GetAsync(server.Admin(path));
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(int Status, JsonElement Json)> AdminPostAsync(this BreakoutServer server, string path, object? body = null)
    {
        using var response = await server.Client.PostAsJsonAsync(server.Admin(path), body ?? new { });
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public static async Task<int> AdminDeleteAsync(this BreakoutServer server, string path)
    {
        using var response = await server.Client.DeleteAsync(server.Admin(path));
        return (int)response.StatusCode;
    }

    public static async Task<int> CountAsync(this BreakoutServer server, object criteria)
    {
        var (status, json) = await server.AdminPostAsync("journal/count", criteria);
        Assert.True(status == 200, json.ToString());
        return json.GetProperty("count").GetInt32();
    }

    public static async Task AddFaultAsync(this BreakoutServer server, object rule)
    {
        var (status, json) = await server.AdminPostAsync("faults", rule);
        Assert.True(status == 201, json.ToString());
    }

    /// <summary>A SessionRegAction over SOAP 1.1, the raw reply (status and body).</summary>
    public static Task<SoapReply> RegisterAsync(this BreakoutServer server, string token, string sessionId, string inviteeId) =>
        server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Register", sessionId, (inviteeId, null, null)), SoapEnvelopes.Action("SessionRegAction"));

    /// <summary>How many are registered for a session of the demo conference, as the store counts them.</summary>
    public static async Task<int> RegisteredAsync(this BreakoutServer server, string sessionId)
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = await store.FindAccountAsync(server.Manifest.AccountNumber);
        var fills = await ((ISessionReports)store).SessionFillAsync(account!.Key, CventId.Parse(server.Conference.Id));
        return fills!.Single(f => f.SessionId == CventId.Parse(sessionId)).Registered;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
