namespace Breakout.TestSupport;

/// <summary>
/// Files of the project's shared folder (<c>../shared</c> beside the repository: the reference WSDL, the seed pages),
/// read in place and never copied into the repository.
/// </summary>
public static class SharedFiles
{
    /// <summary>The folder holding <c>Breakout.slnx</c>, found by walking up from the test's base directory.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// A file of the shared folder. Without the folder (a clone made elsewhere than beside it) the test is skipped
    /// with the reason, or fails under <c>CI=true</c>, where nothing may be skipped.
    /// </summary>
    public static string Path(params string[] parts)
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        if (!Directory.Exists(folder))
        {
            var reason = $"The shared reference folder {folder} (Cvent's WSDL, the seed help page) is not beside the repository; " +
                "these tests compare Breakout's output with it. Clone the repository next to it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new DirectoryNotFoundException("CI=true, so this test fails instead of skipping. " + reason);
            }

            Xunit.Assert.Skip(reason);
        }

        return System.IO.Path.Combine([folder, .. parts]);
    }

    public static string ReferenceWsdl => Path("reference", "V200611.wsdl");

    public static string Seed(string name) => Path("seed", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Breakout.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Breakout.slnx above {AppContext.BaseDirectory}.");
    }
}
