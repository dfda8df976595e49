using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// The mock people replace Cvent with today: a WireMock.Net stub that answers a SessionRegAction (SOAPAction match)
// with Breakout's own single-invitee answer, captured at the start of the run. No state; its request log keeps the
// last 1,000 requests, as Breakout's journal does by default.
string? urls = null, response = null;
for (var i = 0; i + 1 < args.Length; i++)
{
    switch (args[i])
    {
        case "--urls":
            urls = args[++i];
            break;
        case "--response":
            response = args[++i];
            break;
    }
}

var body = await File.ReadAllBytesAsync(response ?? throw new ArgumentException("--response FILE is required."));
using var server = WireMockServer.Start(new WireMockServerSettings
{
    Urls = [urls ?? throw new ArgumentException("--urls URL is required.")],
    MaxRequestLogCount = 1000,
});
server
    .Given(Request.Create().WithPath("/soap/V200611.asmx").UsingPost().WithHeader("SOAPAction", "*/SessionRegAction*"))
    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/xml; charset=utf-8").WithBody(body));

var stopped = new TaskCompletionSource();
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopped.TrySetResult();
});
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopped.TrySetResult();
};
await stopped.Task;
