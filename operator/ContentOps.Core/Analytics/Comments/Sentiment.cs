namespace ContentOps.Core.Analytics.Comments;

/// <summary>The attitude a comment expresses towards the content, the event or the product.</summary>
public enum Sentiment
{
    Negative = -1,
    Neutral = 0,
    Positive = 1,
}
