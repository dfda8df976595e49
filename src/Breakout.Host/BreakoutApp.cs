using Breakout.Admin;
using Breakout.Domain.Access;
using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;
using Breakout.Host.ChangeFeed; // #21 change feed
using Breakout.Host.Observability;
using Breakout.Host.OperatorConsole; // console
using Breakout.Host.TestDouble;
using Breakout.Soap;
using Breakout.Soap.Operations;
using Breakout.Storage;

namespace Breakout.Host;

/// <summary>The composition root: configuration, store, SOAP endpoint and routes. Used by Program and by tests.</summary>
public static class BreakoutApp
{
    /// <summary>Builds the application; <paramref name="configure"/> lets tests replace services (the clock).</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? configure = null)
    {
        var options = HostOptions.Parse(args);
        // Configuration files are the application's, wherever it is started from; relative paths in settings and
        // flags (the database, --config) are relative to the directory the command was run from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. options.Rest], ContentRootPath = ConfigurationFiles.ApplicationFolder });
        ConfigurationFiles.AddExtraFile(builder.Configuration, options.ConfigFile);
        var settings = builder.Configuration.GetSection("Breakout").Get<BreakoutSettings>() ?? new BreakoutSettings();
        settings.Database = Path.GetFullPath(options.Database ?? settings.Database);
        settings.Postgres = options.Postgres ?? settings.Postgres;
        settings.Admin.TestMode |= options.TestMode; // test double
        builder.WebHost.ConfigureKestrel(k => KestrelLimits.Apply(k.Limits, settings));
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(settings.ShutdownDrainSeconds));
        // Start failures are reported on one line by RunAsync, and readiness changes by StoreHealthCheck; the
        // framework's own reports of both would repeat them with a stack trace (at every probe, for health checks).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical);
        var database = DatabaseLocation.Describe(settings);
        Console.WriteLine($"Database: {database}");

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TestDoubleSetup.Clock(settings.Admin)); // test double: controllable in test mode
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
        foreach (var listType in new[] { CvObjectType.ContactGroup, CvObjectType.DistributionList })
        {
            services.AddSingleton<IOperation>(sp => new CreateListsOperation(sp.GetRequiredService<IBreakoutStore>(), listType)); // #18
            services.AddSingleton<IOperation>(sp => new ManageListMembersOperation(sp.GetRequiredService<IBreakoutStore>(), listType));
        }

        services.AddSingleton<IOperation>(sp => new SaveUsersOperation(sp.GetRequiredService<IBreakoutStore>(), create: true)); // #18
        services.AddSingleton<IOperation>(sp => new SaveUsersOperation(sp.GetRequiredService<IBreakoutStore>(), create: false));
        services.AddSingleton<IOperation, DeleteUserOperation>();
        services.AddSingleton<IOperation, ManageUserGroupOperation>();
        foreach (var kind in Enum.GetValues<EventParametersOperation.Kind>()) // #18 events
        {
            services.AddSingleton<IOperation>(sp => new EventParametersOperation(sp.GetRequiredService<IBreakoutStore>(), kind));
        }

        settings.Smtp.Check();
        services.AddSingleton<IOperation>(sp => new SendEmailOperation(sp.GetRequiredService<IBreakoutStore>(), MimeKit.MailboxAddress.Parse(settings.Smtp.From).Address));
        if (settings.Smtp.Enabled)
        {
            services.AddHostedService<Email.OutboxSender>();
        }

        services.AddSingleton<IOperation, RetrieveOperation>();
        services.AddSingleton<IOperation, SearchOperation>();
        services.AddSingleton<IOperation>(sp => new GetUpdatedOperation(sp.GetRequiredService<IBreakoutStore>(), sp.GetRequiredService<CvObjectLimits>(), deleted: false));
        services.AddSingleton<IOperation>(sp => new GetUpdatedOperation(sp.GetRequiredService<IBreakoutStore>(), sp.GetRequiredService<CvObjectLimits>(), deleted: true));
        services.AddSingleton<IOperation, DescribeCvObjectOperation>();
        services.AddSingleton<IOperation>(sp => new SaveCustomFieldsOperation(sp.GetRequiredService<IBreakoutStore>(), create: true)); // #18
        services.AddSingleton<IOperation>(sp => new SaveCustomFieldsOperation(sp.GetRequiredService<IBreakoutStore>(), create: false));
        services.AddSingleton<IOperation, UpdateGuestInfoOperation>();
        services.AddSingleton<IOperation, UpdateInviteeInternalInfoOperation>();
        services.AddSingleton<IOperation, UpdateRegistrationTypeOperation>();
        services.AddSingleton<IOperation, CreateTransactionOperation>(); // #18
        services.AddSingleton<IOperation>(sp => new SurveyAnswerOperation(sp.GetRequiredService<IBreakoutStore>(), postEventFeedback: false)); // #18
        services.AddSingleton<IOperation>(sp => new SurveyAnswerOperation(sp.GetRequiredService<IBreakoutStore>(), postEventFeedback: true)); // #18
        services.AddSingleton(sp => new OperationCatalogue(sp.GetServices<IOperation>()));
        services.AddSingleton(sp => new Soap.Idempotency.IdempotentExecution(sp.GetRequiredService<IBreakoutStore>(), settings.Idempotency)
        {
            AfterCommit = IdempotencyCrashPoint.AfterCommit(settings.Admin), // test only
        }); // #21
        services.AddHostedService<IdempotencyKeyPurger>(); // #21
        services.AddHostedService<AccountCountsFolder>(); // #19 accounts page
        services.AddSingleton<SoapEndpoint>();
        builder.AddBreakoutObservability(); // observability
        services.AddSoapRateLimiting(settings);
        services.AddBreakoutHealthChecks();
        services.AddProxyHeaders(settings.TrustedProxies);
        services.AddOperatorConsole(settings.Console); // console
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromSeconds(63072000);
            hsts.IncludeSubDomains = true;
            hsts.Preload = true;
            // The operator turned HSTS on for this server, whatever its name: no exemption for localhost.
            hsts.ExcludedHosts.Clear();
        });
        services.AddTestDouble(settings.Admin); // test double
        services.AddChangeFeed(settings.ChangeFeed); // #21 change feed
        configure?.Invoke(services);

        var app = builder.Build();
        IBreakoutStore store;
        try
        {
            store = app.Services.GetRequiredService<IBreakoutStore>();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await app.DisposeAsync();
            var detail = ex.InnerException is { } inner && inner.Message != ex.Message ? $"{ex.Message} {inner.Message}" : ex.Message;
            throw new HostStartException($"Cannot open the database ({database}): {detail}", ex);
        }

        ShutdownLog.Register(app, settings);
        app.UseProxyHeaders();
        if (settings.Hsts)
        {
            // ASP.NET Core's HSTS middleware writes the header on HTTPS responses only, as RFC 6797 requires.
            app.UseHsts();
        }

        app.UseOperatorConsole(settings.Console); // console
        app.UseRateLimiter();
        app.MapSoap();
        app.MapBreakoutHealth();
        app.MapBreakoutMetrics(); // observability
        app.MapChangeFeed(settings.ChangeFeed); // #21 change feed
        await app.MapTestDoubleAsync(settings.Admin, options.ReadyFile); // test double: before the demo tenant's start callback

        if (options.Demo)
        {
            var seeded = await store.IsEmptyAsync();
            app.Lifetime.ApplicationStarted.Register(() => DemoBanner.ShowAsync(app, store, seeded, options.DemoManifest).GetAwaiter().GetResult());
        }

        return app;
    }

    /// <summary>
    /// Runs the host until SIGTERM or Ctrl+C, then drains and exits 0. A start failure the operator can fix (a port
    /// in use, a database that cannot be opened, a bad flag) is one line on stderr and exit code 1.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = await BuildAsync(args);
            await app.RunAsync();
            Console.WriteLine("Stopped.");
            return 0;
        }
        catch (Exception ex) when (ex is HostStartException or IOException or InvalidDataException or ArgumentException)
        {
            // IOException: Kestrel's "Failed to bind to address http://…: address already in use."
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
