namespace Breakout.Testing;

/// <summary>
/// Files of the project's shared folder (<c>../shared</c> beside the repository: the reference WSDL, the seed pages),
/// read in place and never copied into the repository.
/// </summary>
public static class SharedFiles
{
    /// <summary>The folder holding <c>Breakout.slnx</c>, found by walking up from the test's base directory.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Path(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([RepositoryRoot, "..", "shared", .. parts]));

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
