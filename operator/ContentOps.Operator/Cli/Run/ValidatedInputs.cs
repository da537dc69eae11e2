using System.Text.Json;
using ContentOps.Core.Digests;

namespace ContentOps.Operator.Cli.Run;

/// <summary>
/// Remembers, in the state folder, the fingerprint of declarations that a run loaded without errors (every YAML
/// file's path and content digest, plus the Git HEAD), so a rerun on unchanged files reconciles the
/// declared objects the state already holds instead of parsing and validating thousands of files again.
/// Any change of a file, of the file set or of HEAD misses the cache; <c>--revision</c> never uses it.
/// </summary>
internal static class ValidatedInputs
{
    private const string FileName = "validated-declarations.json";

    /// <summary>Contents, not modification times: two edits within one clock tick that keep the size must still count.</summary>
    public static string Fingerprint(string path)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\n" + GitHead(path) + "\n"));
        foreach (var file in FolderFingerprint.Files(path))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The source revision recorded with the fingerprint, when the declarations are unchanged since, and so are the
    /// files they read besides their YAML (<see cref="CompanionFiles"/>, under <paramref name="root"/>).
    /// </summary>
    public static bool TryRead(string stateFolder, string fingerprint, string root, out string? sourceRevision)
    {
        sourceRevision = null;
        var file = Path.Combine(stateFolder, FileName);
        try
        {
            var record = File.Exists(file) ? JsonSerializer.Deserialize<Record>(File.ReadAllText(file), ContentDigest.CanonicalJson) : null;
            if (record?.Fingerprint != fingerprint
                || (record.Companions is { } companions && CompanionFiles.Stamp(root, companions) != record.CompanionStamp))
            {
                return false;
            }

            sourceRevision = record.SourceRevision;
            return true;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records a fingerprint taken before the declarations were loaded (a file edited during the run misses next time).</summary>
    public static void Write(string stateFolder, string fingerprint, string? sourceRevision, CompanionSnapshot companions)
    {
        var file = Path.Combine(stateFolder, FileName);
        var temp = file + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new Record(fingerprint, sourceRevision, companions.Entries, companions.Stamp), ContentDigest.CanonicalJson));
        File.Move(temp, file, overwrite: true);
    }

    public static void Forget(string stateFolder) => File.Delete(Path.Combine(stateFolder, FileName));

    /// <summary>HEAD and the ref it names, read as files: a new commit changes the recorded source revision.</summary>
    private static string GitHead(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git))
            {
                var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
                var reference = head.StartsWith("ref: ", StringComparison.Ordinal) ? Path.Combine(git, head[5..]) : null;
                var packed = Path.Combine(git, "packed-refs");
                return string.Join('|', head,
                    reference is not null && File.Exists(reference) ? File.ReadAllText(reference).Trim() : "",
                    File.Exists(packed) ? File.GetLastWriteTimeUtc(packed).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            }

            if (File.Exists(git))
            {
                return File.ReadAllText(git).Trim();
            }
        }

        return "";
    }

    /// <param name="Companions">Null in records of earlier versions: those hit on the YAML alone, as before.</param>
    private sealed record Record(string Fingerprint, string? SourceRevision, IReadOnlyList<string>? Companions = null, string? CompanionStamp = null);
}
