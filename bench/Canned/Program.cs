// The physical limit of HTTP on this box: drain the request body, answer with bytes prepared at start-up.
// Two responses, captured from Breakout (single-invitee and 200-invitee answers), chosen by request size so
// each workload gets a response of the same size as Breakout's.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var single = await File.ReadAllBytesAsync(app.Configuration["single"] ?? throw new ArgumentException("--single FILE is required."));
var batch = await File.ReadAllBytesAsync(app.Configuration["batch"] ?? throw new ArgumentException("--batch FILE is required."));

// Requests carrying more than a handful of items are batches: a single-invitee envelope is under 1 KB.
const int BatchThreshold = 4096;
app.MapPost("/soap/V200611.asmx", async context =>
{
    var total = 0;
    int read;
    var scratch = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
    try
    {
        while ((read = await context.Request.Body.ReadAsync(scratch, context.RequestAborted)) > 0)
        {
            total += read;
        }
    }
    finally
    {
        System.Buffers.ArrayPool<byte>.Shared.Return(scratch);
    }

    var body = total > BatchThreshold ? batch : single;
    context.Response.StatusCode = 200;
    context.Response.ContentType = "text/xml; charset=utf-8";
    context.Response.Headers.CacheControl = "no-cache, no-store, must-revalidate";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body, context.RequestAborted);
});
await app.RunAsync();
