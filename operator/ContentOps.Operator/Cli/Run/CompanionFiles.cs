using System.Globalization;
using System.Text;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Knowledge;
using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Declarations;

namespace ContentOps.Operator.Cli.Run;

/// <summary>The files the declarations read besides their YAML, as they were when a run loaded them.</summary>
internal sealed record CompanionSnapshot(IReadOnlyList<string> Entries, string Stamp);

/// <summary>
/// The non-YAML files declarations depend on (a KnowledgeSource's documents and folders, a learned detector's examples),
/// so a rerun on unchanged YAML still notices an edited label or examples file. Stamped by path, size and modification
/// time (a PDF can be tens of megabytes; hashing it on every no-op rerun would cost more than the rerun), and a folder
/// by the files in it, so a document added to a knowledge folder counts too.
/// </summary>
internal static class CompanionFiles
{
    /// <summary>The entries (relative to the declarations root) the resources read, and their stamp now.</summary>
    public static CompanionSnapshot Snapshot(string root, IEnumerable<Resource> resources)
    {
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            switch (resource)
            {
                case KnowledgeSource source:
                    entries.UnionWith(source.Spec.Files);
                    break;
                case SopPolicy { Spec.LearnedDetector: { } detector } policy
                    when policy.Metadata.Annotations?.GetValueOrDefault(PolicyOrigin.Annotation) is { } declaredIn:
                    entries.Add(Path.Combine(Path.GetDirectoryName(declaredIn) ?? "", detector.Examples));
                    break;
            }
        }

        return new CompanionSnapshot([.. entries], Stamp(root, [.. entries]));
    }

    /// <summary>Changes when any entry appears, disappears, or a file in it changes size or modification time.</summary>
    public static string Stamp(string root, IReadOnlyList<string> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            var full = Path.GetFullPath(Path.Combine(root, entry));
            text.Append(entry).Append('=');
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    Append(text, file);
                }
            }
            else if (File.Exists(full))
            {
                Append(text, full);
            }
            else
            {
                text.Append("missing");
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string file)
    {
        var info = new FileInfo(file);
        text.Append(CultureInfo.InvariantCulture, $"{info.FullName}:{info.Length}:{info.LastWriteTimeUtc.Ticks};");
    }
}
