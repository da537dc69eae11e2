namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// Reads a comment: adverse-event detection first (a report makes the comment negative and is never dropped),
/// then sentiment and topics. Building one loads jieba's dictionary (about a second): build it once and share it.
/// </summary>
public sealed class CommentAnalyzer
{
    private readonly AdverseEventDetector _adverseEvents;
    private readonly SentimentClassifier _sentiment;

    public CommentAnalyzer(IEnumerable<string> products)
    {
        var productList = products.ToList();
        Segmenter = new ChineseSegmenter(SentimentClassifier.Vocabulary.Concat(AdverseEventDetector.Vocabulary).Concat(productList));
        _adverseEvents = new AdverseEventDetector(productList);
        _sentiment = new SentimentClassifier(Segmenter);
        Keywords = new KeywordExtractor(Segmenter);
    }

    public ChineseSegmenter Segmenter { get; }

    public KeywordExtractor Keywords { get; }

    public CommentAnalysis Analyze(string text)
    {
        var adverseEvent = _adverseEvents.Detect(text);
        var (sentiment, score) = _sentiment.Classify(text, adverseEvent is not null);
        return new CommentAnalysis(sentiment, score, CommentTopics.Of(text), adverseEvent);
    }
}
