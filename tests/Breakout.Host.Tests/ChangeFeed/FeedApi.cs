using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>Calls of <c>/api/v1</c> (the change feed and webhooks) with the bearer key the test servers are given.</summary>
public sealed class FeedApi(string root) : IDisposable
{
    public const string Key = "feed-test-key";

    /// <summary>Host arguments that serve the feed API with <see cref="Key"/>.</summary>
    public static readonly string[] Enabled = ["--Breakout:ChangeFeed:Enabled=true", $"--Breakout:ChangeFeed:ApiKey={Key}"];

    private readonly HttpClient http = new() { BaseAddress = new Uri(new Uri(root), "/api/v1/") };

    public static FeedApi For(string soapEndpoint) => new(new Uri(new Uri(soapEndpoint), "/").ToString());

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? bearer = Key)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The whole feed of an account after <paramref name="after"/>, page by page.</summary>
    public async Task<List<JsonElement>> ChangesAsync(string account, long after = 0)
    {
        var changes = new List<JsonElement>();
        while (true)
        {
            var page = await JsonAsync(HttpMethod.Get, $"changes?account={account}&after={after}&limit=3");
            changes.AddRange(page.GetProperty("changes").EnumerateArray());
            after = page.GetProperty("next").GetInt64();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return changes;
            }
        }
    }

    public void Dispose() => http.Dispose();
}
