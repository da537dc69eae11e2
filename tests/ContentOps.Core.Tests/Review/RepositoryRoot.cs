namespace ContentOps.Core.Tests.Review;

/// <summary>The repository root: the first directory above the test binaries that holds ContentOps.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ContentOps.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ContentOps.sln not found above " + AppContext.BaseDirectory);
    }
}
