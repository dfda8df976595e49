using Breakout.Domain.Access;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Breakout.Host.OperatorConsole;

/// <summary>
/// Wires the operator console into the host: Razor Pages under <c>/console</c>, a cookie sign-in of its own (console
/// users, not API users), antiforgery on every form, and the client-address restriction. Nothing is added when the
/// console is off, so the SOAP endpoints' pipeline stays as it was.
/// </summary>
internal static class ConsoleSetup
{
    public const string PathPrefix = "/console";

    public const string Scheme = "BreakoutConsole";

    public static void AddOperatorConsole(this IServiceCollection services, ConsoleSettings settings)
    {
        if (!settings.Enabled)
        {
            return;
        }

        services.AddSingleton(new ConsoleClients(ParseClients(settings.AllowedClients)));
        services.AddSingleton<ConsoleChanges>();
        services.AddSingleton<CallStatistics>();
        services.AddSingleton<Soap.Telemetry.ISoapCallRecorder>(sp => sp.GetRequiredService<CallStatistics>());
        services.AddHostedService<CallStatisticsFlusher>();
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/OperatorConsole/Pages";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AddPageRoute("/Calls", PathPrefix + "/calls"); // the calls tied to no account
        }).ConfigureApplicationPartManager(parts =>
        {
            // The pages are compiled into this assembly, which is not the entry assembly when tests host the app.
            var assembly = typeof(ConsoleSetup).Assembly;
            if (!parts.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "breakout-console";
            cookie.Cookie.Path = PathPrefix;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(settings.SignInMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = PathPrefix + "/sign-in";
            cookie.LogoutPath = PathPrefix + "/sign-out";
            cookie.AccessDeniedPath = PathPrefix + "/sign-in";
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "breakout-console-antiforgery";
            antiforgery.Cookie.Path = PathPrefix;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__antiforgery";
        });
    }

    /// <summary>Before the routes: requests under <c>/console</c> from other clients end here (404), the rest sign in.</summary>
    public static void UseOperatorConsole(this WebApplication app, ConsoleSettings settings)
    {
        if (!settings.Enabled)
        {
            return;
        }

        var clients = app.Services.GetRequiredService<ConsoleClients>();
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PathPrefix), console =>
        {
            console.Use((context, next) =>
            {
                if (!clients.Allowed.Allows(context.Connection.RemoteIpAddress))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                // Never cached, never framed, no referrer leaking IDs in URLs to other sites.
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.XFrameOptions = "DENY";
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return next(context);
            });
            console.UseAuthentication();
            console.UseAuthorization();
        });
        app.MapRazorPages();
    }

    /// <summary><c>loopback</c>, <c>any</c>, or an address list as API users' allow lists are written.</summary>
    public static IpAllowList ParseClients(string? text) => (text ?? ConsoleSettings.Loopback).Trim().ToLowerInvariant() switch
    {
        ConsoleSettings.Loopback or "" => IpAllowList.Parse("127.0.0.0/8,::1/128"),
        ConsoleSettings.Any => IpAllowList.Any,
        _ => IpAllowList.TryParse(text, out var list, out var error) ? list : throw new HostStartException($"Breakout:Console:AllowedClients: {error}"),
    };
}
