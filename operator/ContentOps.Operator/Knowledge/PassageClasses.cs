using ContentOps.Core.Knowledge.Classification;
using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Operator.Knowledge;

/// <summary>A source's passages classified: counts per class (<c>dimension/class</c>) and the low-confidence ones.</summary>
internal sealed record PassageClasses(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<(Passage Passage, Classification Classification)> LowConfidence)
{
    /// <summary>The dimension whose low confidence is reported (the claim category: what recall filters by).</summary>
    public const string ReportedDimension = "category";

    public static PassageClasses Of(IReadOnlyList<Passage> passages, EmbeddedClassifier classifier)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var low = new List<(Passage, Classification)>();
        foreach (var passage in passages)
        {
            foreach (var classification in classifier.Classify(passage.Text))
            {
                var key = $"{classification.Dimension}/{classification.Class}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (classification.Dimension == ReportedDimension && classification.IsLowConfidence)
                {
                    low.Add((passage, classification));
                }
            }
        }

        return new PassageClasses(counts, low);
    }
}
