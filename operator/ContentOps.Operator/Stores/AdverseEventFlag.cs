namespace ContentOps.Operator.Stores;

/// <summary>A comment flagged for pharmacovigilance follow-up, with its full text and time.</summary>
internal sealed record AdverseEventFlag(string EventId, DateTimeOffset OccurredAt, DateTimeOffset FlaggedAt, string? Channel, string? Hcp, string? PieceRef, string? Campaign, string? Product, string Symptoms, bool Serious, string Text);
