using ContentOps.Core.Publishing;
using Microsoft.Win32.SafeHandles;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never a prefix: write a
/// temporary file in the same directory, optionally fsync it, then rename over the target (atomic on one volume).
/// The I/O is synchronous on purpose: on Linux .NET runs "asynchronous" file I/O on the thread pool, which made a
/// small file cost 3–4 times a plain write (327 µs against 89 µs measured on ext4), and a first run writes tens of
/// thousands of them from worker threads that have nothing else to do meanwhile.
/// </summary>
internal static class AtomicFile
{
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> content, bool flushToDisk, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(path, content.Span, flushToDisk);
        return Task.CompletedTask;
    }

    public static void Write(string path, ReadOnlySpan<byte> content, bool flushToDisk)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var handle = FolderOnDemand.Create(directory, () => OpenNew(temporary)))
            {
                RandomAccess.Write(handle, content, 0);

                // Without the fsync a power loss after the rename can leave an empty file under the final name.
                // Process crashes need no fsync: the page cache outlives the process.
                if (flushToDisk)
                {
                    RandomAccess.FlushToDisk(handle);
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

    /// <summary>
    /// A fresh unique name: CreateNew, and sharing that needs no advisory lock (.NET takes flock for
    /// FileShare.None/Read and truncates after locking), saves three system calls per file.
    /// </summary>
    private static SafeFileHandle OpenNew(string temporary) =>
        File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
}
