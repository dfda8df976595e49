using System.CommandLine;
using Breakout.Admin;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout demo</c>: the deterministic demo tenant, and a manifest of every credential and ID in it.</summary>
internal static class DemoCommand
{
    /// <summary>Where <c>dotnet run --project src/Breakout.Host -- --urls http://127.0.0.1:5080</c> serves.</summary>
    public const string DefaultEndpoint = "http://127.0.0.1:5080/soap/V200611.asmx";

    public static Command Create(StoreArguments store, CliConsole console)
    {
        var manifest = new Option<string>("--manifest") { Description = "JSON file to write the manifest to.", Required = true, HelpName = "FILE" };
        var endpoint = new Option<string>("--endpoint")
        {
            Description = "Endpoint URL recorded in the manifest (where the host will serve).",
            HelpName = "URL",
            DefaultValueFactory = _ => DefaultEndpoint,
        };
        var command = new Command("demo", "Create the demo tenant (idempotent) and write its manifest.") { manifest, endpoint };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(manifest)!;
            var url = result.GetValue(endpoint)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                throw new CliException($"--endpoint: '{url}' is not an absolute URL.");
            }

            await using var opened = await store.OpenOrCreateAsync(result, ct);
            var created = await DemoTenant.CreateAsync(opened, url, ct);
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await File.WriteAllTextAsync(path, created.ToJson(), ct);
            var conference = created.Events[0];
            await console.Out.WriteLineAsync("Demo tenant ready.");
            await console.Out.WriteLineAsync($"  Endpoint:       {created.Endpoint}");
            await console.Out.WriteLineAsync($"  Account number: {created.AccountNumber}");
            await console.Out.WriteLineAsync($"  User name:      {created.UserName}");
            await console.Out.WriteLineAsync($"  Password:       {created.Password}");
            await console.Out.WriteLineAsync($"  Event:          {conference.Id} ({conference.Sessions.Count} sessions, {conference.Invitees.Count} invitees, {conference.Guests.Count} guests)");
            await console.Out.WriteLineAsync($"  Manifest:       {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
