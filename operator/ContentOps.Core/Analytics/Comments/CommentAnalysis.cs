namespace ContentOps.Core.Analytics.Comments;

/// <summary>What ContentOps reads from one comment.</summary>
public sealed record CommentAnalysis(Sentiment Sentiment, double SentimentScore, IReadOnlyList<string> Topics, AdverseEventSignal? AdverseEvent);
