namespace ContentOps.Operator.Tests.Crds;

/// <summary>The repository the tests run from: the folder holding ContentOps.sln above the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ContentOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ContentOps.sln above {AppContext.BaseDirectory}.");
    }
}
