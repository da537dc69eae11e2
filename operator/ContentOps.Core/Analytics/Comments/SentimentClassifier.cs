namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// Lexicon sentiment over jieba tokens: a positive word scores +1 and a negative word −1.5 (negativity bias: in
/// "说服力不足" the complaint outweighs the praise word it qualifies), flipped when a negator token stands within
/// the three tokens before it in the same clause ("没有夸大" is praise, "没看出什么优势" is not).
/// Sentences that end in a question mark are skipped (questions ask, they rarely judge), and a reported adverse
/// reaction counts as negative. The sign of the sum is the label. Why a lexicon and not a model: a few hundred
/// labelled comments are too few to train one, the lexicon is auditable line by line, and a pharmacovigilance
/// reviewer can see why a comment was scored.
/// </summary>
public sealed class SentimentClassifier
{
    private const double NegativeWeight = 1.5;

    private static readonly HashSet<string> _clauseBreaks = ["，", ",", "、", "：", ":", "（", "）", "(", ")"];
    private static readonly HashSet<string> _sentenceEnds = ["。", "！", "!", "；", ";", "？", "?", "~", "…"];

    private readonly ChineseSegmenter _segmenter;
    private readonly HashSet<string> _positive;
    private readonly HashSet<string> _negative;
    private readonly HashSet<string> _negators;

    public SentimentClassifier(ChineseSegmenter segmenter)
    {
        _segmenter = segmenter;
        _positive = [.. Words.Positive];
        _negative = [.. Words.Negative];
        _negators = [.. Words.Negators];
    }

    /// <summary>Every word the classifier needs kept as one token.</summary>
    public static IEnumerable<string> Vocabulary => Words.Positive.Concat(Words.Negative).Concat(Words.Negators);

    public (Sentiment Sentiment, double Score) Classify(string text, bool adverseEventReported)
    {
        var score = adverseEventReported ? -NegativeWeight : 0.0;
        var sentence = new List<string>();
        foreach (var token in _segmenter.Cut(text).Append("。"))
        {
            var lower = token.ToLowerInvariant();
            if (!_sentenceEnds.Contains(lower))
            {
                sentence.Add(lower);
                continue;
            }

            if (lower is not ("？" or "?"))
            {
                score += ScoreSentence(sentence);
            }

            sentence.Clear();
        }

        return (Math.Sign(score) switch { > 0 => Sentiment.Positive, < 0 => Sentiment.Negative, _ => Sentiment.Neutral }, score);
    }

    private double ScoreSentence(List<string> tokens)
    {
        var score = 0.0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var polarity = _positive.Contains(tokens[i]) ? 1.0 : _negative.Contains(tokens[i]) ? -NegativeWeight : 0.0;
            if (polarity != 0)
            {
                score += Negated(tokens, i) ? -polarity : polarity;
            }
        }

        return score;
    }

    private bool Negated(List<string> tokens, int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - 3); i--)
        {
            if (_clauseBreaks.Contains(tokens[i]))
            {
                return false;
            }

            if (_negators.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static class Words
    {
        public static readonly IReadOnlyList<string> Positive = Lexicon.Load("sentiment-positive");
        public static readonly IReadOnlyList<string> Negative = Lexicon.Load("sentiment-negative");
        public static readonly IReadOnlyList<string> Negators = Lexicon.Load("negators");
    }
}
