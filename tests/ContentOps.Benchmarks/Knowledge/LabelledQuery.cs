namespace ContentOps.Benchmarks.Knowledge;

/// <summary>One line of tests/corpora/knowledge/queries.tsv: a query, the kind searched and the acceptable answers.</summary>
internal sealed record LabelledQuery(string Kind, IReadOnlyList<string> Expected, string Query)
{
    public static IReadOnlyList<LabelledQuery> Load(string path) =>
    [
        .. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new LabelledQuery(f[0], f[1].Split('|'), f[2])),
    ];

    /// <summary>Whether a result is one of the expected answers (a claim id, or a passage of a source containing a text).</summary>
    public bool Accepts(ContentOps.Core.Knowledge.Stores.KnowledgeRecord record) => Expected.Any(e =>
        e.StartsWith("passage:", StringComparison.Ordinal)
            ? record.Kind == "passage" && e.Split(':', 3) is [_, var source, var text]
                && record.Source == source && record.Text.Contains(text, StringComparison.OrdinalIgnoreCase)
            : record.Kind == "claim" && record.Id == e);
}
