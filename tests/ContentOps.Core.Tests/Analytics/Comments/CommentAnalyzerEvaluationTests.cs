using System.Globalization;
using ContentOps.Core.Analytics.Comments;
using Xunit.Abstractions;

namespace ContentOps.Core.Tests.Analytics.Comments;

/// <summary>Precision and recall of sentiment and adverse-event detection on the labelled sets (numbers in the test output).</summary>
public sealed class CommentAnalyzerEvaluationTests(ITestOutputHelper output)
{
    private static readonly CommentAnalyzer _analyzer = new(LabelledComment.Products);

    [Theory]
    [InlineData("dev", 0.95, 0.85, 0.80)]
    [InlineData("heldout", 0.90, 0.80, 0.70)]
    public void Analyzer_MeetsItsPrecisionAndRecall_OnTheLabelledSet(string split, double aeRecall, double aePrecision, double sentimentMacroF1)
    {
        var comments = LabelledComment.Load(split);
        var results = comments.Select(c => (c, _analyzer.Analyze(c.Text))).ToList();

        var truePositives = results.Count(r => r.c.AdverseEvent && r.Item2.AdverseEvent is not null);
        var flagged = results.Count(r => r.Item2.AdverseEvent is not null);
        var actual = results.Count(r => r.c.AdverseEvent);
        var (recall, precision) = ((double)truePositives / actual, flagged == 0 ? 0 : (double)truePositives / flagged);
        Write($"{split}: {comments.Count} comments; adverse events: precision {precision:P1} recall {recall:P1} ({truePositives}/{flagged} flagged, {actual} labelled)");

        var f1s = new List<double>();
        foreach (var label in Enum.GetValues<Sentiment>())
        {
            var tp = results.Count(r => r.c.Sentiment == label && r.Item2.Sentiment == label);
            var predicted = results.Count(r => r.Item2.Sentiment == label);
            var gold = results.Count(r => r.c.Sentiment == label);
            double p = predicted == 0 ? 0 : (double)tp / predicted, rc = gold == 0 ? 0 : (double)tp / gold;
            f1s.Add(p + rc == 0 ? 0 : 2 * p * rc / (p + rc));
            Write($"  sentiment {label,-8}: precision {p:P1} recall {rc:P1} (n={gold})");
        }

        var accuracy = (double)results.Count(r => r.c.Sentiment == r.Item2.Sentiment) / results.Count;
        Write($"  sentiment accuracy {accuracy:P1}, macro-F1 {f1s.Average():F3}");
        foreach (var (c, a) in results.Where(r => r.c.Sentiment != r.Item2.Sentiment || r.c.AdverseEvent != (r.Item2.AdverseEvent is not null)))
        {
            Write($"  {split}.tsv:{c.Line}: gold {c.Sentiment}/{(c.AdverseEvent ? "AE" : "-")}, got {a.Sentiment}({a.SentimentScore})/{(a.AdverseEvent is null ? "-" : "AE")}: {c.Text}");
        }

        Assert.True(recall >= aeRecall, $"AE recall {recall:P1} below {aeRecall:P0}");
        Assert.True(precision >= aePrecision, $"AE precision {precision:P1} below {aePrecision:P0}");
        Assert.True(f1s.Average() >= sentimentMacroF1, $"sentiment macro-F1 {f1s.Average():F3} below {sentimentMacroF1}");
    }

    private void Write(string line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
