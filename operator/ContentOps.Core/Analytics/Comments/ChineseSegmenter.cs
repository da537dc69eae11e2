using JiebaNet.Segmenter;

namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// Chinese word segmentation with jieba.NET. jieba keeps one process-wide dictionary that is not safe to change
/// while another thread cuts, so dictionary additions and cuts share one lock; the dictionary files are copied to
/// <c>Resources/jieba</c> beside the assembly by the Core project.
/// </summary>
public sealed class ChineseSegmenter
{
    private static readonly Lock _gate = new();
    private readonly JiebaSegmenter _segmenter;

    /// <param name="words">Domain words (lexicon entries, product names) that must stay one token.</param>
    public ChineseSegmenter(IEnumerable<string> words)
    {
        lock (_gate)
        {
            ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
            _segmenter = new JiebaSegmenter();
            foreach (var word in words.Where(w => w.Length > 1))
            {
                _segmenter.AddWord(word);
            }
        }
    }

    public IReadOnlyList<string> Cut(string text)
    {
        lock (_gate)
        {
            return [.. _segmenter.Cut(text).Where(t => !string.IsNullOrWhiteSpace(t))];
        }
    }
}
