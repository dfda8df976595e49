using Breakout.Admin.Webhooks;
using Breakout.Host.TestDouble;
using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>
/// <c>/api/v1/changes</c> (the change feed) and <c>/api/v1/webhooks</c> (subscriptions, redelivery, delivery log), in
/// JSON (its OpenAPI document at <c>/api/v1/openapi.json</c>); not part of Cvent's API. Served only when <c>Breakout:ChangeFeed:Enabled</c>, to the clients
/// <see cref="AdminAccess"/> lets through with the section's settings.
/// </summary>
internal static class ChangeFeedEndpoints
{
    /// <summary>The OpenAPI document of <c>/api/v1</c>, served at <c>/api/v1/openapi.json</c> (MapOpenApi's default name).</summary>
    public const string DocumentName = "v1";

    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static void MapChangeFeed(this WebApplication app, ChangeFeedSettings settings)
    {
        if (!settings.Enabled)
        {
            return;
        }

        if (settings.AllowRemote && string.IsNullOrEmpty(settings.ApiKey))
        {
            throw new HostStartException("Breakout:ChangeFeed:AllowRemote needs Breakout:ChangeFeed:ApiKey: the feed is never open to the network without a key.");
        }

        var access = new AdminAccess(new AdminSettings { AllowRemote = settings.AllowRemote, ApiKey = settings.ApiKey }, "The change feed API", "Breakout:ChangeFeed");
        var api = app.MapGroup("/api/v1").AddEndpointFilter(access).WithTags("change feed");
        api.MapOpenApi("/openapi.json"); // no {documentName} in the route: MapOpenApi serves its default, DocumentName
        api.MapGet("/changes", ReadChangesAsync).WithSummary("The account's changes after the cursor, in commit order.")
            .Produces<ChangePage>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        MapWebhooks(api, settings.Webhooks);
    }

    private static async Task<IResult> ReadChangesAsync(string? account, long? after, int? limit, IBreakoutStore store, CancellationToken cancellationToken)
    {
        var (found, problem) = await FindAccountAsync(store, account, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var cursor = after ?? 0;
        var size = limit ?? DefaultLimit;
        if (cursor < 0 || size < 1 || size > MaxLimit)
        {
            return AdminResults.Problem(StatusCodes.Status400BadRequest, $"after must be 0 or more, and limit from 1 to {MaxLimit}.");
        }

        if (await TooOldAsync(store, found!.Key, cursor, cancellationToken) is { } gone)
        {
            return gone;
        }

        var changes = await store.ReadChangesAsync(found.Key, cursor, size + 1, cancellationToken);
        var page = changes.Take(size).ToList();
        return Results.Json(new ChangePage(found.AccountNumber, page, page.Count > 0 ? page[^1].Position : cursor, changes.Count > size), ChangeJson.Options);
    }

    private static void MapWebhooks(RouteGroupBuilder api, WebhookSettings settings)
    {
        api.MapGet("/webhooks", async (string? account, IBreakoutStore store, CancellationToken ct) =>
        {
            long? key = null;
            if (account is not null)
            {
                var (found, problem) = await FindAccountAsync(store, account, ct);
                if (problem is not null)
                {
                    return problem;
                }

                key = found!.Key;
            }

            return Results.Json((await store.ListWebhooksAsync(key, ct)).Select(w => WebhookView.Of(w)).ToList(), ChangeJson.Options);
        }).WithSummary("The webhook subscriptions (of one account with ?account=), without their secrets.");

        api.MapPost("/webhooks", async (WebhookRequest request, IBreakoutStore store, CancellationToken ct) =>
        {
            var (found, problem) = await FindAccountAsync(store, request.Account, ct);
            if (problem is not null)
            {
                return problem;
            }

            if (WebhookUrl.Problem(request.Url, settings.AllowHttp) is { } refused)
            {
                return AdminResults.Problem(StatusCodes.Status400BadRequest, refused);
            }

            if (request.After is { } after && await TooOldAsync(store, found!.Key, after, ct) is { } gone)
            {
                return gone;
            }

            var created = await store.CreateWebhookAsync(found!.Key, request.Url, WebhookSecret.New(), request.After, ct);
            return Results.Json(WebhookView.Of(created, withSecret: true), ChangeJson.Options, statusCode: StatusCodes.Status201Created);
        }).WithSummary("Subscribes a URL to an account's changes; the answer holds the signing secret (shown only here).");

        api.MapDelete("/webhooks/{id:guid}", async (Guid id, IBreakoutStore store, CancellationToken ct) =>
            await store.DeleteWebhookAsync(id, ct) ? Results.NoContent() : NotFound(id)).WithSummary("Deletes a subscription and its delivery log.");

        api.MapPost("/webhooks/{id:guid}/redeliver", async (Guid id, RedeliverRequest? request, IBreakoutStore store, CancellationToken ct) =>
        {
            if (request?.After is { } after && await FeedCursor.OldestWhenTooOldForWebhookAsync(store, id, after, ct) is { } oldest)
            {
                return Gone(after, oldest);
            }

            return await store.RedeliverWebhookAsync(id, request?.After, ct) is { } webhook ? Results.Json(WebhookView.Of(webhook), ChangeJson.Options) : NotFound(id);
        })
            .WithSummary("Makes a (dead) subscription active and due now; with after, sends again the changes after that position.");

        api.MapGet("/webhooks/{id:guid}/deliveries", async (Guid id, int? limit, IBreakoutStore store, CancellationToken ct) =>
            await store.FindWebhookAsync(id, ct) is null
                ? NotFound(id)
                : Results.Json(await store.ListWebhookDeliveriesAsync(id, Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit), ct), ChangeJson.Options))
            .WithSummary("The newest delivery attempts of a subscription, oldest first.");
    }

    /// <summary>
    /// 410 when changes after <paramref name="cursor"/> were purged (Breakout:ChangeFeed:Retention): the problem's
    /// <c>oldestCursor</c> is the oldest cursor that can still be read without a gap.
    /// </summary>
    private static async Task<IResult?> TooOldAsync(IBreakoutStore store, long accountKey, long cursor, CancellationToken ct) =>
        await FeedCursor.OldestWhenTooOldAsync(store, accountKey, cursor, ct) is { } oldest ? Gone(cursor, oldest) : null;

    private static IResult Gone(long cursor, long oldest) =>
        Results.Problem(detail: FeedCursor.TooOldMessage(cursor, oldest), statusCode: StatusCodes.Status410Gone, title: "Cursor too old",
            extensions: new Dictionary<string, object?> { ["oldestCursor"] = oldest });

    private static IResult NotFound(Guid id) => AdminResults.Problem(StatusCodes.Status404NotFound, $"There is no webhook {id}.");

    private static async Task<(AccountRecord? Account, IResult? Problem)> FindAccountAsync(IBreakoutStore store, string? account, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(account))
        {
            return (null, AdminResults.Problem(StatusCodes.Status400BadRequest, "account (the account number) is required."));
        }

        return await store.FindAccountAsync(account.Trim(), ct) is { } found
            ? (found, null)
            : (null, AdminResults.Problem(StatusCodes.Status404NotFound, $"There is no account {account.Trim()}."));
    }
}
