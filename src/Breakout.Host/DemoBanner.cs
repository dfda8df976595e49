using Breakout.Admin;
using Breakout.Domain.Access;
using Breakout.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Breakout.Host;

/// <summary>
/// <c>--demo</c>: once listening, creates the demo tenant in an empty database, and prints its credentials and IDs
/// (and writes its manifest) only when they work here: the tenant was just created, or it is already in the database
/// with the demo password.
/// </summary>
internal static class DemoBanner
{
    public static async Task ShowAsync(WebApplication app, IBreakoutStore store, bool empty, string? manifestPath)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        var settings = app.Services.GetRequiredService<BreakoutSettings>();
        var endpoint = !string.IsNullOrWhiteSpace(settings.PublicUrl) ? settings.PublicUrl : address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal) + SoapRoutes.Path;
        DemoManifest manifest;
        if (empty)
        {
            manifest = await DemoTenant.CreateAsync(store, endpoint);
            Console.WriteLine("Demo tenant created.");
        }
        else if (await store.FindApiUserAsync(DemoTenant.AccountNumber, DemoTenant.UserName) is { } user
            && PasswordHash.Verify(DemoTenant.Password, user.PasswordHash))
        {
            manifest = DemoTenant.Manifest(DemoTenant.Build(), endpoint);
            Console.WriteLine("Demo tenant already in the database.");
        }
        else
        {
            Console.WriteLine(
                $"Database not empty and without the demo tenant ({DemoTenant.AccountNumber}, user {DemoTenant.UserName}): demo tenant not created, " +
                "no demo credentials to show. Start with --demo on a new --db file for the demo.");
            return;
        }

        if (manifestPath is not null)
        {
            var temp = manifestPath + ".tmp";
            await File.WriteAllTextAsync(temp, manifest.ToJson());
            File.Move(temp, manifestPath, overwrite: true);
        }

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
