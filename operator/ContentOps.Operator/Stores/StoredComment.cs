namespace ContentOps.Operator.Stores;

/// <summary>A stored comment event with its analysed sentiment, for reports (keywords, sentiment per piece).</summary>
internal sealed record StoredComment(string EventId, DateTimeOffset OccurredAt, string? Campaign, string? PieceRef, string? Channel, string? Sentiment, string Text);
