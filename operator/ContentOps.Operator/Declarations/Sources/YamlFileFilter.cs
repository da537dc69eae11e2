namespace ContentOps.Operator.Declarations.Sources;

/// <summary>Which files and folders hold declarations; the same answer for the work tree and for a commit.</summary>
internal static class YamlFileFilter
{
    public static bool IsYaml(string fileName) =>
        !fileName.StartsWith('.')
        && (fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Hidden folders (<c>.git</c>, <c>.github</c>) and the <c>.contentops/</c> state folder hold no declarations.</summary>
    public static bool IsSkippedFolder(string folderName) => folderName.StartsWith('.');

    public static string TooLargeMessage(long size, long limit) =>
        $"file is {size:N0} bytes, over the {FormatLimit(limit)} limit; it was not read";

    private static string FormatLimit(long limit) =>
        limit % (1024 * 1024) == 0 ? $"{limit / (1024 * 1024)} MiB" : limit % 1024 == 0 ? $"{limit / 1024} KiB" : $"{limit:N0}-byte";
}
