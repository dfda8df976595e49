using Breakout.Admin;
using Breakout.Domain.Access;
using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;
using Breakout.Soap;
using Breakout.Soap.Operations;
using Breakout.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Breakout.Host;

/// <summary>The composition root: configuration, store, SOAP endpoint and routes. Used by Program and by tests.</summary>
public static class BreakoutApp
{
    /// <summary>Builds the application; <paramref name="configure"/> lets tests replace services (the clock).</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? configure = null)
    {
        var options = HostOptions.Parse(args);
        var builder = WebApplication.CreateBuilder([.. options.Rest]);
        var settings = builder.Configuration.GetSection("Breakout").Get<BreakoutSettings>() ?? new BreakoutSettings();
        settings.Database = options.Database ?? settings.Database;
        settings.Postgres = options.Postgres ?? settings.Postgres;
        builder.WebHost.ConfigureKestrel(k => KestrelLimits.Apply(k.Limits, settings));

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new LoginPolicy
        {
            MaxFailedLogins = settings.MaxFailedLogins,
            LockoutDuration = TimeSpan.FromMinutes(settings.LockoutMinutes),
            TokenLifetime = TimeSpan.FromMinutes(settings.TokenLifetimeMinutes),
        });
        services.AddSingleton(sp => new SoapEndpointOptions { MaxRequestBytes = settings.MaxRequestBytes, Login = sp.GetRequiredService<LoginPolicy>() });
        services.AddSingleton<IBreakoutStore>(sp => StoreFactory.OpenAsync(
            new StoreOptions { SqlitePath = settings.Database, Postgres = settings.Postgres, SqliteSynchronous = settings.SqliteSynchronous },
            sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        services.AddSingleton(new ApiQuota { DailyLimit = settings.DailyApiCallLimit, TimeZone = ApiQuota.FindTimeZone(settings.QuotaTimeZone) });
        services.AddSingleton(new CvObjectLimits { MaxSearchResults = settings.MaxSearchResults, MaxUpdatedResults = settings.MaxUpdatedResults, RoundWindowToMinutes = settings.GetUpdatedMinuteRounding });
        services.AddSingleton<ApiCallCounter>();
        services.AddHostedService<ApiCallFlusher>();
        services.AddSingleton<SessionAuthenticator>();
        services.AddSingleton<IOperation, DescribeGlobalOperation>();
        services.AddSingleton<IOperation, TransferInviteeOperation>();
        services.AddSingleton<IOperation, LoginOperation>();
        services.AddSingleton<IOperation, SessionRegActionOperation>();
        services.AddSingleton<IOperation, SimpleEventRegistrationOperation>();
        services.AddSingleton<IOperation, ValidateInviteeOperation>();
        services.AddSingleton<IOperation, CheckInOperation>();
        services.AddSingleton<IOperation>(sp => new SaveSessionsOperation(sp.GetRequiredService<IBreakoutStore>(), create: true));
        services.AddSingleton<IOperation>(sp => new SaveSessionsOperation(sp.GetRequiredService<IBreakoutStore>(), create: false));
        foreach (var mode in Enum.GetValues<ContactWriteMode>())
        {
            services.AddSingleton<IOperation>(sp => new SaveContactsOperation(sp.GetRequiredService<IBreakoutStore>(), mode));
        }

        services.AddSingleton<IOperation, DeleteContactOperation>();

        services.AddSingleton<IOperation, RetrieveOperation>();
        services.AddSingleton<IOperation, SearchOperation>();
        services.AddSingleton<IOperation>(sp => new GetUpdatedOperation(sp.GetRequiredService<IBreakoutStore>(), sp.GetRequiredService<CvObjectLimits>(), deleted: false));
        services.AddSingleton<IOperation>(sp => new GetUpdatedOperation(sp.GetRequiredService<IBreakoutStore>(), sp.GetRequiredService<CvObjectLimits>(), deleted: true));
        services.AddSingleton<IOperation, DescribeCvObjectOperation>();
        services.AddSingleton(sp => new OperationCatalogue(sp.GetServices<IOperation>()));
        services.AddSingleton<SoapEndpoint>();
        services.AddSoapRateLimiting(settings);
        services.AddProxyHeaders(settings.TrustedProxies);
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromSeconds(63072000);
            hsts.IncludeSubDomains = true;
            hsts.Preload = true;
            // The operator turned HSTS on for this server, whatever its name: no exemption for localhost.
            hsts.ExcludedHosts.Clear();
        });
        configure?.Invoke(services);

        var app = builder.Build();
        var store = app.Services.GetRequiredService<IBreakoutStore>();
        app.UseProxyHeaders();
        if (settings.Hsts)
        {
            // ASP.NET Core's HSTS middleware writes the header on HTTPS responses only, as RFC 6797 requires.
            app.UseHsts();
        }

        app.UseRateLimiter();
        app.MapSoap();
        app.MapGet("/health", async (IBreakoutStore s, CancellationToken ct) =>
        {
            await s.IsEmptyAsync(ct);
            return Results.Text("ok");
        });

        if (options.Demo)
        {
            var seeded = await store.IsEmptyAsync();
            app.Lifetime.ApplicationStarted.Register(() => SeedDemo(app, store, seeded, options.DemoManifest));
        }

        return app;
    }

    private static void SeedDemo(WebApplication app, IBreakoutStore store, bool empty, string? manifestPath)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        var settings = app.Services.GetRequiredService<BreakoutSettings>();
        var endpoint = !string.IsNullOrWhiteSpace(settings.PublicUrl) ? settings.PublicUrl : address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal) + SoapRoutes.Path;
        var manifest = empty
            ? DemoTenant.CreateAsync(store, endpoint).GetAwaiter().GetResult()
            : DemoTenant.Manifest(DemoTenant.Build(), endpoint);
        if (manifestPath is not null)
        {
            var temp = manifestPath + ".tmp";
            File.WriteAllText(temp, manifest.ToJson());
            File.Move(temp, manifestPath, overwrite: true);
        }

        Console.WriteLine(empty ? "Demo tenant created." : "Database not empty: demo tenant not re-created.");
        Console.WriteLine($"  Endpoint:       {manifest.Endpoint}");
        Console.WriteLine($"  WSDL:           {manifest.Endpoint}?WSDL");
        Console.WriteLine($"  AccountNumber:  {manifest.AccountNumber}");
        Console.WriteLine($"  UserName:       {manifest.UserName}");
        Console.WriteLine($"  Password:       {manifest.Password}");
        Console.WriteLine($"  Event:          {manifest.Events[0].Id} ({manifest.Events[0].Title})");
        foreach (var session in manifest.Events[0].Sessions)
        {
            Console.WriteLine($"  Session:        {session.Id} {session.Name} (capacity {session.Capacity})");
        }

        if (manifestPath is not null)
        {
            Console.WriteLine($"  Manifest:       {Path.GetFullPath(manifestPath)}");
        }
    }
}
