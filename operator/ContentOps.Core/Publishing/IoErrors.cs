namespace ContentOps.Core.Publishing;

/// <summary>What an I/O exception says about the file system, where .NET's exception types do not say it plainly.</summary>
public static class IoErrors
{
    /// <summary>
    /// Creating a file fails with ENOENT only when its folder is missing; .NET reports that as DirectoryNotFound, or as
    /// FileNotFound when another thread created the folder before .NET looked at the parent (seen in first runs, where
    /// both workers write the first files of a new folder at once).
    /// </summary>
    public static bool IsMissingFolder(IOException e) => e is DirectoryNotFoundException or FileNotFoundException;
}
