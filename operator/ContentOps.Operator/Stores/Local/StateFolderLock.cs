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

    /// <summary>
    /// The holder's pid, for the message a second process prints. A separate file because the lock file itself
    /// cannot be opened, even for reading, while locked; a stale one (after kill -9) is rewritten by the next holder.
    /// </summary>
    public const string OwnerFileName = "state.owner";

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
            throw new StateFolderInUseException(folder, ReadHolder(Path.Combine(folder, OwnerFileName)), exception);
        }

        try
        {
            File.WriteAllText(Path.Combine(folder, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Encoding.ASCII);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new StateFolderLock(stream);
    }

    public void Dispose() => _stream.Dispose();

    private static string? ReadHolder(string path)
    {
        try
        {
            var text = File.Exists(path) ? File.ReadAllText(path, Encoding.ASCII).Trim() : "";
            return text.Length > 0 ? text : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
