namespace Breakout.Host;

/// <summary>The host's own command-line switches (everything else goes to ASP.NET Core configuration).</summary>
public sealed record HostOptions
{
    public string? Database { get; init; }

    public string? Postgres { get; init; }

    /// <summary>Seed the demo tenant if the database is empty.</summary>
    public bool Demo { get; init; }

    /// <summary>Where to write the demo manifest (with the real endpoint) once the server listens.</summary>
    public string? DemoManifest { get; init; }

    /// <summary>An extra JSON configuration file (<c>--config FILE</c>), read after appsettings.json.</summary>
    public string? ConfigFile { get; init; }

    /// <summary><c>--test-mode</c>: the admin API, a controllable clock, snapshots and resets.</summary>
    public bool TestMode { get; init; }

    /// <summary><c>--ready-file PATH</c>: where the URL the server listens on is written once it listens.</summary>
    public string? ReadyFile { get; init; }

    public IReadOnlyList<string> Rest { get; init; } = [];

    /// <summary>Takes <c>--db PATH</c>, <c>--postgres CONN</c>, <c>--demo</c>, <c>--demo-manifest FILE</c>, <c>--config FILE</c>, <c>--test-mode</c>, <c>--ready-file PATH</c> and <c>--port N</c> out of the arguments.</summary>
    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HostOptions();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--db":
                    options = options with { Database = Value() };
                    break;
                case "--postgres":
                    options = options with { Postgres = Value() };
                    break;
                case "--demo":
                    options = options with { Demo = true };
                    break;
                case "--demo-manifest":
                    options = options with { DemoManifest = Value() };
                    break;
                case "--test-mode":
                    options = options with { TestMode = true };
                    break;
                case "--ready-file":
                    options = options with { ReadyFile = Value() };
                    break;
                case "--port":
                    // Loopback only: a port chosen for a test run (0: any free one) is not for other machines.
                    rest.AddRange(["--urls", $"http://127.0.0.1:{Value()}"]);
                    break;
                case "--config":
                    options = options with { ConfigFile = Value() };
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return options with { Rest = rest };
    }
}
