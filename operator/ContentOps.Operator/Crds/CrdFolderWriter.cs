using System.Text;

namespace ContentOps.Operator.Crds;

/// <summary>
/// Writes one file per CRD into a folder, touching only files whose text changed, and deletes generated
/// files (recognised by their header) of kinds that no longer exist, so the folder mirrors the code.
/// </summary>
internal sealed class CrdFolderWriter(string folder)
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IReadOnlyList<CrdFileChange> Write(IReadOnlyList<GeneratedCrd> crds)
    {
        Directory.CreateDirectory(folder);
        var changes = new List<CrdFileChange>();
        foreach (var crd in crds)
        {
            var path = Path.Combine(folder, crd.FileName);
            var existing = File.Exists(path) ? File.ReadAllText(path, _utf8) : null;
            if (existing == crd.Text)
            {
                changes.Add(new CrdFileChange(CrdFileChange.Unchanged, path));
                continue;
            }

            File.WriteAllText(path, crd.Text, _utf8);
            changes.Add(new CrdFileChange(existing is null ? CrdFileChange.Created : CrdFileChange.Updated, path));
        }

        var expected = crds.Select(c => c.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Where(p => !expected.Contains(Path.GetFileName(p)) && IsGenerated(p)))
        {
            File.Delete(stale);
            changes.Add(new CrdFileChange(CrdFileChange.Deleted, stale));
        }

        return changes;
    }

    private static bool IsGenerated(string path) =>
        File.ReadAllText(path, _utf8).StartsWith(GeneratedCrd.Header, StringComparison.Ordinal);
}
