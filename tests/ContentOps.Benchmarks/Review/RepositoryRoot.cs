namespace ContentOps.Benchmarks.Review;

/// <summary>The repository root: the nearest folder above the binaries holding ContentOps.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContentOps.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ContentOps.sln not found");
    }
}
