namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never a prefix: write a
/// temporary file in the same directory, optionally fsync it, then rename over the target (atomic on one volume).
/// </summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, bool flushToDisk, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);

                // Without the fsync a power loss after the rename can leave an empty file under the final name.
                // Process crashes need no fsync: the page cache outlives the process.
                if (flushToDisk)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
