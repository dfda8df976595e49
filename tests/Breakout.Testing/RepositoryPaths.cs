namespace Breakout.Testing;

/// <summary>Finds the repository root (the folder with Breakout.slnx) and the shared reference material beside it.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Breakout.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Breakout.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The <c>shared/</c> folder laid beside the repository (seed, spec, reference WSDL).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
