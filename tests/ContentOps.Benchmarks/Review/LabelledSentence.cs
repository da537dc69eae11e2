namespace ContentOps.Benchmarks.Review;

/// <summary>One row of tests/corpora/review/sentences.tsv: a sentence, its split, the rule ids it violates (empty: compliant) and where it comes from.</summary>
internal sealed record LabelledSentence(string Id, string Split, IReadOnlyList<string> Labels, string Origin, string Source, string Text, int Line)
{
    public bool IsCompliant => Labels.Count == 0;

    /// <summary>Reads the corpus; a malformed row is an error naming its line.</summary>
    public static IReadOnlyList<LabelledSentence> Load(string path)
    {
        var sentences = new List<LabelledSentence>();
        var lineNumber = 0;
        var header = true;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 6 || fields[1] is not ("dev" or "heldout"))
            {
                throw new FormatException($"{path}:{lineNumber}: expected id, split (dev|heldout), labels, origin, source, text separated by tabs");
            }

            var labels = fields[2] == "compliant" ? [] : fields[2].Split('|');
            sentences.Add(new LabelledSentence(fields[0], fields[1], labels, fields[3], fields[4], fields[5], lineNumber));
        }

        return sentences;
    }
}
