namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>How a pass ended, whether it wrote status (dependants then need a look) and the resulting phase.</summary>
internal sealed record PieceReconcileResult(StepOutcome Outcome, bool StatusWritten, string? Phase);
