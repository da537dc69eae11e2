namespace ContentOps.Operator.Tests.Declarations;

/// <summary>Fixture folders are read from the source tree, so they need no copy step in the test project.</summary>
internal static class Fixtures
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Valid => Path.Combine(RepositoryRoot, "tests", "ContentOps.Operator.Tests", "Declarations", "Valid");

    public static string Broken => Path.Combine(RepositoryRoot, "tests", "ContentOps.Operator.Tests", "Declarations", "Broken");

    public static string BrokenFile(string name) => Path.Combine(Broken, name);

    /// <summary>A temporary copy of the valid fixtures, to break one thing at a time.</summary>
    public static TempDirectory CopyOfValid()
    {
        var temp = TempDirectory.Create();
        foreach (var file in Directory.EnumerateFiles(Valid))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        return temp;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContentOps.sln not found above " + AppContext.BaseDirectory);
    }
}
