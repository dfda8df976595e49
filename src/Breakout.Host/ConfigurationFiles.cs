using Microsoft.Extensions.Configuration.Json;

namespace Breakout.Host;

/// <summary>
/// Where configuration files come from: appsettings.json beside the application (whatever the working directory),
/// then an optional file named by <c>--config FILE</c> or <c>Breakout__ConfigFile</c>; environment variables and the
/// command line still win over both.
/// </summary>
internal static class ConfigurationFiles
{
    /// <summary>The application's own folder: a publish folder, or bin/ under <c>dotnet run</c>.</summary>
    public static string ApplicationFolder => AppContext.BaseDirectory;

    public static void AddExtraFile(ConfigurationManager configuration, string? flag)
    {
        var named = flag ?? configuration["Breakout:ConfigFile"];
        if (string.IsNullOrWhiteSpace(named))
        {
            return;
        }

        var path = Path.GetFullPath(named);
        if (!File.Exists(path))
        {
            throw new HostStartException($"The configuration file {path} does not exist.");
        }

        // Just after the last JSON file (appsettings.{Environment}.json), before environment variables and arguments.
        var sources = configuration.Sources;
        var index = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource)
            {
                index = i + 1;
            }
        }

        var file = new JsonConfigurationSource { Path = path, Optional = false, ReloadOnChange = false };
        file.ResolveFileProvider();
        sources.Insert(index, file);
    }
}
