namespace ContentOps.Core.Publishing;

/// <summary>The folder of a file channel: its endpoint (a path or file:// URL) relative to the declarations.</summary>
public static class FileChannelFolder
{
    public static string Of(string root, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return Path.GetFullPath(Path.Combine(root, endpoint.StartsWith("file://", StringComparison.Ordinal) ? endpoint[7..] : endpoint));
    }
}
