using Breakout.Admin;
using Breakout.Bench;
using SoapCore;

// A minimal SoapCore service with Breakout's SessionRegAction contract: --db FILE calls the same SQLite store
// (demo tenant and bench invitees imported first), no --db answers without storage.
var bench = BenchArguments.Parse(args);
var builder = WebApplication.CreateBuilder([.. bench.Rest]);
var db = builder.Configuration["db"];
var storage = new PeerStorage(null, 0, 0);
if (!string.IsNullOrEmpty(db))
{
    var store = await StoreFactory.OpenAsync(new StoreOptions { SqlitePath = db }, TimeProvider.System);
    if (await store.IsEmptyAsync())
    {
        await DemoTenant.CreateAsync(store, "http://127.0.0.1/soap/V200611.asmx");
    }

    var account = await store.FindAccountAsync(DemoTenant.AccountNumber) ?? throw new InvalidOperationException("No demo account.");
    var user = await store.FindApiUserAsync(DemoTenant.AccountNumber, DemoTenant.UserName) ?? throw new InvalidOperationException("No demo user.");
    storage = new PeerStorage(store, account.Key, user.Key);
    if (bench.IdsPath is not null)
    {
        await BenchPool.ImportAsync(store, bench.Invitees, bench.IdsPath);
    }
}

builder.Services.AddSoapCore();
builder.Services.AddSingleton(storage);
builder.Services.AddSingleton<CventSessionRegApi>();
var app = builder.Build();
((IApplicationBuilder)app).UseSoapEndpoint<CventSessionRegApi>("/soap/V200611.asmx", new SoapEncoderOptions(), SoapSerializer.XmlSerializer);
await app.RunAsync();
