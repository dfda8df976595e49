using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Tests;

/// <summary>
/// The answers a test server gave to requests with an <c>Idempotency-Key</c>, byte for byte as sent, so a test can
/// compare a real client's retry with its first call whatever the client makes of the bytes.
/// </summary>
public sealed class IdempotentResponses : IStartupFilter
{
    private readonly ConcurrentQueue<Answer> answers = new();

    /// <summary>The answers in the order they were completed.</summary>
    public IReadOnlyList<Answer> All => [.. answers];

    /// <summary>Adds the recording to a test server's services (<c>BreakoutServer.StartAsync</c>'s configure).</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter>(this);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!context.Request.Headers.TryGetValue("Idempotency-Key", out var key))
            {
                await nextMiddleware(context);
                return;
            }

            var original = context.Response.Body;
            using var copy = new MemoryStream();
            context.Response.Body = copy;
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            answers.Enqueue(new Answer(key.ToString(), context.Response.StatusCode,
                context.Response.Headers["Idempotent-Replayed"].ToString() == "true", copy.ToArray()));
            copy.Position = 0;
            await copy.CopyToAsync(original, context.RequestAborted);
        });
        next(app);
    };

    /// <summary>One answer: the request's key, the status, whether it was a kept response, and the body's bytes.</summary>
    public sealed record Answer(string Key, int Status, bool Replayed, byte[] Body);
}
