using System.Xml;
using Breakout.Storage.Sql;

namespace Breakout.Host.TestDouble;

/// <summary>
/// The admin API under <c>/admin</c> (JSON; its OpenAPI document at <c>/admin/openapi/admin.json</c>): the request
/// journal and verification, fault rules, and in test mode the clock, snapshots and resets.
/// </summary>
internal static class AdminEndpoints
{
    public const string DocumentName = "admin";

    public static void MapAdminApi(this WebApplication app, AdminSettings settings)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter(new AdminAccess(settings)).WithTags("admin");
        admin.MapOpenApi("/openapi/{documentName}.json");
        MapJournal(admin);
        MapFaults(admin);
        MapClock(admin, settings);
        MapSnapshots(admin, settings);
    }

    private static void MapJournal(RouteGroupBuilder admin)
    {
        admin.MapGet("/journal", async (string? operation, string? account, DateTimeOffset? since, string? resultCode,
            RequestJournal journal, JournalReader reader, CancellationToken cancellationToken) =>
        {
            if (!journal.Enabled)
            {
                return Results.Problem(statusCode: 409, detail: "The journal is off (Breakout:Admin:JournalSize is 0).");
            }

            var criteria = new JournalCriteria { Operation = operation, Account = account, Since = since, ResultCode = resultCode };
            var views = new List<JournalView>();
            foreach (var entry in await reader.FindAsync(criteria, cancellationToken))
            {
                views.Add(await reader.ViewAsync(entry, cancellationToken));
            }

            return Results.Ok(views);
        }).Produces<List<JournalView>>().WithSummary("The journaled SOAP calls matching the query, oldest first; secrets redacted.");

        admin.MapDelete("/journal", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.NoContent();
        }).WithSummary("Empties the journal.");

        admin.MapPost("/journal/count", async (JournalCriteria criteria, RequestJournal journal, JournalReader reader, CancellationToken cancellationToken) =>
            journal.Enabled
                ? Results.Ok(new CountResult((await reader.FindAsync(criteria, cancellationToken)).Count))
                : Results.Problem(statusCode: 409, detail: "The journal is off (Breakout:Admin:JournalSize is 0)."))
            .Produces<CountResult>().WithSummary("How many journaled calls match the criteria (operation, account, since, resultCode, request fields).");
    }

    private static void MapFaults(RouteGroupBuilder admin)
    {
        admin.MapGet("/faults", (FaultRules rules) => rules.List().Select(r => r.State()).ToList())
            .WithSummary("The fault rules in force, with how many calls each matched and acted on.");
        admin.MapPost("/faults", (FaultRuleSpec spec, FaultRules rules) =>
        {
            try
            {
                var rule = rules.Add(spec);
                return Results.Created($"/admin/faults/{Uri.EscapeDataString(rule.Id)}", rule.State());
            }
            catch (ArgumentException ex)
            {
                return AdminResults.Problem(400, ex.Message);
            }
        }).Produces<FaultRuleState>(201).WithSummary("Adds a fault rule (one with the same id is replaced).");
        admin.MapDelete("/faults/{id}", (string id, FaultRules rules) => rules.Remove(id) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Removes a fault rule.");
        admin.MapDelete("/faults", (FaultRules rules) =>
        {
            rules.Clear();
            return Results.NoContent();
        }).WithSummary("Removes every fault rule.");
    }

    private static void MapClock(RouteGroupBuilder admin, AdminSettings settings)
    {
        admin.MapGet("/clock", (TimeProvider time) => new ClockState(time.GetUtcNow(), time is ControllableClock { Frozen: true }))
            .WithSummary("The server clock.");
        admin.MapPost("/clock", (ClockRequest request, TimeProvider time) =>
        {
            if (!settings.TestMode || time is not ControllableClock clock)
            {
                return AdminResults.Problem(403, "The clock can be changed in test mode only (--test-mode).");
            }

            TimeSpan? advance;
            try
            {
                advance = request.Advance is null ? null : XmlConvert.ToTimeSpan(request.Advance);
            }
            catch (FormatException)
            {
                return AdminResults.Problem(400, $"advance '{request.Advance}' is not an ISO 8601 duration such as PT61M.");
            }

            if (request.Reset == true)
            {
                clock.Reset();
            }

            if (request.Freeze is { } freeze)
            {
                clock.Freeze(freeze);
            }

            if (request.Set is { } set)
            {
                clock.Set(set);
            }

            if (advance is { } by)
            {
                clock.Advance(by);
            }

            return Results.Ok(new ClockState(clock.GetUtcNow(), clock.Frozen));
        }).Produces<ClockState>().WithSummary("Resets, freezes or runs, sets and advances the server clock (test mode).");
    }

    private static void MapSnapshots(RouteGroupBuilder admin, AdminSettings settings)
    {
        admin.MapPost("/snapshots/{name}", async (string name, Snapshots snapshots, CancellationToken cancellationToken) =>
            Refusal(settings, snapshots, name) ?? await SaveAsync(snapshots, name, cancellationToken))
            .WithSummary("Saves the whole database as the named snapshot (test mode; on PostgreSQL when AllowPostgresSnapshots).");
        admin.MapPost("/reset/{name}", async (string name, Snapshots snapshots, Storage.IBreakoutStore store, CancellationToken cancellationToken) =>
            Refusal(settings, snapshots, name) ?? await RestoreAsync(snapshots, name, store, cancellationToken))
            .WithSummary("Restores the named snapshot (test mode; on PostgreSQL when AllowPostgresSnapshots).");
        admin.MapPost("/reset", async (Snapshots snapshots, Storage.IBreakoutStore store, CancellationToken cancellationToken) =>
            Refusal(settings, snapshots, null) ?? await RestoreAsync(snapshots, Snapshots.Start, store, cancellationToken))
            .WithSummary("Restores the database as it was when the server had started (demo tenant and seed file loaded).");
    }

    private static IResult? Refusal(AdminSettings settings, Snapshots snapshots, string? name) =>
        !settings.TestMode ? AdminResults.Problem(403, "Snapshots and resets are for test mode only (--test-mode).")
        : !snapshots.Supported ? AdminResults.Problem(409,
            "Snapshots and resets on PostgreSQL are off: a reset rewrites every table of the database for every node using it. " +
            "Set Breakout:Admin:AllowPostgresSnapshots=true to allow them.")
        : name is not null && !Snapshots.IsValidName(name) ? AdminResults.Problem(400, "A snapshot name is 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit.")
        : null;

    private static async Task<IResult> SaveAsync(Snapshots snapshots, string name, CancellationToken cancellationToken)
    {
        await snapshots.SaveAsync(name, cancellationToken);
        return Results.Created($"/admin/snapshots/{name}", null);
    }

    private static async Task<IResult> RestoreAsync(Snapshots snapshots, string name, Storage.IBreakoutStore store, CancellationToken cancellationToken)
    {
        if (!await snapshots.ExistsAsync(name, cancellationToken))
        {
            return AdminResults.Problem(404, $"There is no snapshot '{name}'.");
        }

        await snapshots.RestoreAsync(name, cancellationToken);
        (store as SqlStore)?.ForgetRememberedTokens();
        return Results.NoContent();
    }
}
