namespace ContentOps.Benchmarks.Review;

/// <summary>
/// <c>review-corpus --write-examples FILE</c>: writes the learned detector's examples (label TAB sentence) from the DEV
/// rows of the corpus only, one line per label of a sentence; held-out rows never leave the corpus.
/// </summary>
internal static class ExamplesExport
{
    public static void Write(string path, IReadOnlyList<LabelledSentence> corpus)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# Examples of the learned detector of china-drug-ad (spec.learnedDetector): label<TAB>sentence, label = rule id or compliant.");
        writer.WriteLine("# Generated from the dev rows of tests/corpora/review/sentences.tsv (never held-out rows) by:");
        writer.WriteLine("#   dotnet run -c Release --project tests/ContentOps.Benchmarks -- review-corpus --write-examples examples/policies/china-drug-advertising.examples.tsv");
        foreach (var sentence in corpus.Where(s => s.Split == "dev"))
        {
            foreach (var label in sentence.IsCompliant ? ["compliant"] : sentence.Labels)
            {
                writer.WriteLine($"{label}\t{sentence.Text}");
            }
        }
    }
}
