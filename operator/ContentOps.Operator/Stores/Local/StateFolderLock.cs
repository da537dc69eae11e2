using System.Globalization;
using System.Text;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// An exclusive lock on a state folder for the life of one writer, so two `contentops run` processes on the same
/// folder fail at start instead of interleaving their reconciles. It is an OS file lock (flock on Unix, a share
/// mode on Windows), so the kernel releases it when the holder dies, even by kill -9: no stale lock to clean.
/// </summary>
internal sealed class StateFolderLock : IDisposable
{
    public const string FileName = "state.lock";

    private readonly FileStream _stream;

    private StateFolderLock(FileStream stream) => _stream = stream;

    public static StateFolderLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new StateFolderInUseException(folder, ReadHolder(path), exception);
        }

        // The pid is only for the message another process prints; the lock itself is the open handle.
        var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        stream.SetLength(0);
        stream.Write(pid);
        stream.Flush();
        return new StateFolderLock(stream);
    }

    public void Dispose() => _stream.Dispose();

    private static string? ReadHolder(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.ASCII);
            var text = reader.ReadToEnd().Trim();
            return text.Length > 0 ? text : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
