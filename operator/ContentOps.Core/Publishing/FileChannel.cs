using System.Text;
using ContentOps.Core.Generation;

namespace ContentOps.Core.Publishing;

/// <summary>
/// Publishes into a folder (an outbox another system picks up, or a review share): one Markdown file per piece and
/// channel, written atomically. Publishing the same key twice rewrites identical bytes; withdrawal moves the file
/// to <c>withdrawn/</c> so nothing that was live is lost.
/// </summary>
public sealed class FileChannel(string declarationsRoot, TimeProvider time) : IChannelAdapter
{
    private static readonly UTF8Encoding _utf8 = new(false);

    public string Type => "file";

    /// <remarks>
    /// Synchronous file I/O: on Linux .NET runs asynchronous file I/O on the thread pool, which costs several times a
    /// plain write for a small file, and publishing runs on worker threads anyway.
    /// </remarks>
    public Task<PublishReceipt> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var folder = Folder(request.Channel.Spec.Endpoint);
        var path = Path.Combine(folder, FileName(request.Piece, request.Rendition));
        var content = $"<!-- contentops piece={request.Piece} digest={request.ContentDigest} key={request.IdempotencyKey} -->\n"
            + RenditionText.Of(request.Rendition);
        var temp = path + ".tmp";
        var bytes = _utf8.GetBytes(content);
        FolderOnDemand.Create(folder, () => WriteNew(temp, bytes));
        File.Move(temp, path, overwrite: true);
        return Task.FromResult(new PublishReceipt(Path.GetRelativePath(declarationsRoot, path), time.GetUtcNow()));
    }

    /// <summary>
    /// Writes a temporary file: created new, with sharing that needs no advisory lock (.NET takes flock for
    /// FileShare.None/Read and truncates after locking), which saves three system calls per publication. A
    /// leftover from a run killed mid-write is replaced.
    /// </summary>
    private static void WriteNew(string temp, byte[] bytes)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException e) when (!FolderOnDemand.IsMissingFolder(e) && File.Exists(temp))
        {
            handle = File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
        }
    }

    public Task WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken)
    {
        if (request.ExternalId is null)
        {
            return Task.CompletedTask;
        }

        var path = Path.GetFullPath(Path.Combine(declarationsRoot, request.ExternalId));
        if (File.Exists(path))
        {
            var withdrawn = Path.Combine(Path.GetDirectoryName(path)!, "withdrawn");
            Directory.CreateDirectory(withdrawn);
            File.Move(path, Path.Combine(withdrawn, Path.GetFileName(path)), overwrite: true);
        }

        return Task.CompletedTask;
    }

    private string Folder(string endpoint) => FileChannelFolder.Of(declarationsRoot, endpoint);

    private static string FileName(string piece, Rendition rendition)
    {
        var segment = rendition.Segment is null ? "" : "--" + rendition.Segment;
        return $"{piece.Replace("/", "--", StringComparison.Ordinal)}{segment}.md";
    }
}
