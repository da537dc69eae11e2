using JiebaNet.Analyser;

namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// The keywords of a set of comments by TF-IDF: term frequency over the comments' jieba tokens, inverse document
/// frequency from jieba's general-Chinese IDF table, so words every comment uses in any domain ("我们", "这个")
/// fall away and what is specific to these comments rises. Stop words and single characters are skipped.
/// </summary>
public sealed class KeywordExtractor
{
    private readonly TfidfExtractor _extractor;

    public KeywordExtractor(ChineseSegmenter segmenter)
    {
        // ChineseSegmenter has pointed jieba at its dictionary folder and added the domain words by now.
        _ = segmenter;
        _extractor = new TfidfExtractor();
    }

    public IReadOnlyList<(string Word, double Weight)> Extract(IEnumerable<string> comments, int count = 20)
    {
        var text = string.Join("\n", comments);
        return text.Length == 0 ? [] : [.. _extractor.ExtractTagsWithWeight(text, count).Where(w => w.Word.Length > 1).Select(w => (w.Word, w.Weight))];
    }
}
