using System.Security.Cryptography;
using System.Text;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// Artifacts as files in the state folder: content under <c>artifacts/sha256/ab/cdef…</c> (named by the sha256 of
/// its UTF-8 bytes, written once), reports under <c>reports/</c>. Reads re-check the digest, so a file damaged by
/// a power loss reads as missing (and gets regenerated) instead of being served under a digest it does not have.
/// </summary>
internal sealed class FileArtifactStore(string folder, StateDurability durability = StateDurability.Normal) : IArtifactStore
{
    private const string Prefix = "sha256:";

    private readonly string _artifacts = Path.Combine(folder, "artifacts", "sha256");
    private readonly string _reports = Path.GetFullPath(Path.Combine(folder, "reports"));

    public Task<string> PutAsync(string content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = Encoding.UTF8.GetBytes(content);
        var hex = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(hex);
        if (!File.Exists(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.Write(path, bytes, durability == StateDurability.Full);
        }

        return Task.FromResult(Prefix + hex);
    }

    /// <remarks>Synchronous I/O, for the reason given on <see cref="AtomicFile"/>.</remarks>
    public Task<string?> GetAsync(string digest, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryParse(digest, out var hex) || !File.Exists(PathOf(hex)))
        {
            return Task.FromResult<string?>(null);
        }

        var bytes = File.ReadAllBytes(PathOf(hex));
        return Task.FromResult(string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), hex, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(bytes)
            : null);
    }

    public Task WriteReportAsync(string relativePath, string content, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(_reports, relativePath));
        if (Path.IsPathRooted(relativePath) || !path.StartsWith(_reports + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Report path '{relativePath}' must stay inside the reports folder.", nameof(relativePath));
        }

        return AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes(content), durability == StateDurability.Full, cancellationToken);
    }

    private string PathOf(string hex) => Path.Combine(_artifacts, hex[..2], hex[2..]);

    private static bool TryParse(string digest, out string hex)
    {
        hex = digest.StartsWith(Prefix, StringComparison.Ordinal) ? digest[Prefix.Length..] : "";
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigitLower);
    }
}
