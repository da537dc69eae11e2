namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// Assigns the fixed, bounded set of topics a comment touches (efficacy, safety, dosing, access, evidence, event,
/// content, contact) from cue words, so topics can be metric labels and report rows; free keywords come from
/// <see cref="KeywordExtractor"/>.
/// </summary>
public static class CommentTopics
{
    private static readonly IReadOnlyList<(string Topic, string[] Cues)> _table = [.. Lexicon.Load("topics").Select(Parse)];

    public static IReadOnlyList<string> All { get; } = [.. _table.Select(t => t.Topic)];

    public static IReadOnlyList<string> Of(string text) =>
        [.. _table.Where(t => t.Cues.Any(c => text.Contains(c, StringComparison.OrdinalIgnoreCase))).Select(t => t.Topic)];

    private static (string, string[]) Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return (line[..colon].Trim(), line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
