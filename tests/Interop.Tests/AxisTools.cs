namespace Interop.Tests;

/// <summary>
/// Apache Axis 1.4 from Debian (<c>libaxis-java</c>) and the JDK: WSDL2Java, javac and the scenario client in
/// <c>clients/java</c>. Missing tools skip the test with the command that installs them, except in CI
/// (<c>CI=true</c>), where <c>.ci/setup-axis.sh</c> must have installed them.
/// </summary>
public static class AxisTools
{
    private const string Jars = "/usr/share/java";

    /// <summary>What WSDL2Java and the generated proxy need, as Debian installs them.</summary>
    public static string Classpath { get; } = string.Join(':',
        new[] { "axis", "axis-jaxrpc", "axis-saaj", "commons-discovery", "commons-logging", "wsdl4j", "javax.activation", "javax.mail" }
            .Select(jar => Path.Combine(Jars, jar + ".jar")));

    public static string JavaDirectory => Path.Combine(ClientTools.ClientsDirectory, "java");

    private static readonly Lazy<bool> Installed = new(() =>
        Classpath.Split(':').All(File.Exists) && ClientTools.TryRun("javac", "-version") && ClientTools.TryRun("java", "-version"));

    public static void Require()
    {
        if (Installed.Value)
        {
            return;
        }

        const string reason = "Apache Axis 1.4 or a JDK is missing: apt-get install -y libaxis-java libactivation-java openjdk-17-jdk-headless (or source .ci/setup-axis.sh)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run every interop test, but " + reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>Runs WSDL2Java on <paramref name="wsdl"/> (a file or a URL) into <paramref name="output"/>; the generated sources.</summary>
    public static async Task<IReadOnlyList<string>> GenerateAsync(string wsdl, string output, bool wrapArrays)
    {
        string[] options = wrapArrays ? ["--wrapArrays"] : [];
        await ClientTools.RunAsync("java", output, ["-cp", Classpath, "org.apache.axis.wsdl.WSDL2Java", .. options, "-o", output, wsdl]);
        return Directory.GetFiles(output, "*.java", SearchOption.AllDirectories);
    }

    /// <summary>Compiles <paramref name="sources"/> into <paramref name="classes"/>; the test fails with javac's errors if any.</summary>
    public static async Task CompileAsync(IEnumerable<string> sources, string classes)
    {
        Directory.CreateDirectory(classes);
        // An argument file: several hundred source paths do not fit a command line everywhere.
        var list = Path.Combine(classes, "sources.txt");
        await File.WriteAllLinesAsync(list, sources.Select(s => "\"" + s + "\""), TestContext.Current.CancellationToken);
        await ClientTools.RunAsync("javac", classes, "-J-XX:TieredStopAtLevel=1", "-nowarn", "-encoding", "UTF-8", "-cp", Classpath, "-d", classes, "@" + list);
    }

    /// <summary>Runs the scenario client compiled into <paramref name="classes"/>; its "key=value" lines.</summary>
    public static async Task<ILookup<string, string>> RunScenarioAsync(string classes, params string[] arguments)
    {
        var output = await ClientTools.RunAsync("java", classes, ["-cp", Classpath + ":" + classes, "AxisScenario", .. arguments]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .ToLookup(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
    }
}
