using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Breakout.Host.TestDouble;

/// <summary>
/// Wires the test double into the host: its services when the admin API is served, the controllable clock in test
/// mode, the admin routes, and what happens once the server listens (start snapshot, ready file).
/// </summary>
internal static class TestDoubleSetup
{
    /// <summary>The server's only clock: controllable in test mode, the system's otherwise.</summary>
    public static TimeProvider Clock(AdminSettings settings) => settings.TestMode ? new ControllableClock() : TimeProvider.System;

    public static void AddTestDouble(this IServiceCollection services, AdminSettings settings)
    {
        if (!settings.Served)
        {
            return;
        }

        services.AddSingleton(new RequestJournal(settings.JournalSize));
        services.AddSingleton<CallerNames>();
        services.AddSingleton<FaultRules>();
        services.AddSingleton<JournalReader>();
        services.AddSingleton<SoapCallWatch>();
        services.AddSingleton<Snapshots>();
        services.AddOpenApi(AdminEndpoints.DocumentName, openApi =>
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("admin/", StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>
    /// Maps the admin API and loads the faults file; once the server listens, saves the start snapshot (test mode,
    /// where snapshots are allowed) and writes the ready file. Call before anything else registers for ApplicationStarted (the demo
    /// tenant): started callbacks run last-registered first, so this one runs after the tenant exists.
    /// </summary>
    public static async Task MapTestDoubleAsync(this WebApplication app, AdminSettings settings, string? readyFile)
    {
        if (settings.Served)
        {
            app.MapAdminApi(settings);
            if (!string.IsNullOrWhiteSpace(settings.FaultsFile))
            {
                await LoadFaultsAsync(app.Services.GetRequiredService<FaultRules>(), settings.FaultsFile);
            }
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var snapshots = app.Services.GetService<Snapshots>();
            if (settings.TestMode && snapshots is { Supported: true })
            {
                snapshots.SaveAsync(Snapshots.Start, app.Lifetime.ApplicationStopping).GetAwaiter().GetResult();
            }

            if (readyFile is not null)
            {
                WriteReadyFile(app, readyFile);
            }
        });
    }

    private static async Task LoadFaultsAsync(FaultRules rules, string path)
    {
        try
        {
            await using var file = File.OpenRead(Path.GetFullPath(path));
            var specs = await JsonSerializer.DeserializeAsync<List<FaultRuleSpec>>(file, JsonSerializerOptions.Web) ?? [];
            foreach (var spec in specs)
            {
                rules.Add(spec);
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or IOException)
        {
            throw new HostStartException($"Cannot load the fault rules in {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Prints the URL the server listens on and writes it to the ready file (whole, in one rename).</summary>
    private static void WriteReadyFile(WebApplication app, string readyFile)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
        var url = address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal);
        Console.WriteLine($"Ready: {url}"); // before the file, so a fixture that sees the file finds the line printed
        var path = Path.GetFullPath(readyFile);
        var temp = path + ".tmp";
        File.WriteAllText(temp, url + "\n");
        File.Move(temp, path, overwrite: true);
    }
}
