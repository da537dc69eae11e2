using ContentOps.Core.Analytics.Comments;

namespace ContentOps.Core.Tests.Analytics.Comments;

/// <summary>The hand-labelled comment sets under tests/data/comments (dev: lexicons built from it; heldout: never).</summary>
internal sealed record LabelledComment(int Line, Sentiment Sentiment, bool AdverseEvent, string Text)
{
    public static readonly string[] Products = ["康力平", "澜格列汀", "瑞安平", "舒糖宁"];

    public static IReadOnlyList<LabelledComment> Load(string split)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "comments", split + ".tsv");
        return [.. File.ReadAllLines(path)
            .Select((line, index) => (line, index))
            .Where(l => l.line.Length > 0 && !l.line.StartsWith('#'))
            .Select(l =>
            {
                var parts = l.line.Split('\t');
                var sentiment = parts[0] switch { "pos" => Sentiment.Positive, "neg" => Sentiment.Negative, "neu" => Sentiment.Neutral, _ => throw new FormatException($"{path}:{l.index + 1}: sentiment must be pos, neu or neg") };
                return new LabelledComment(l.index + 1, sentiment, parts[1] == "1", parts[2]);
            })];
    }
}
