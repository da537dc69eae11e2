using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Review;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;

namespace ContentOps.Operator.Planning;

/// <summary>The result of running a piece's pure steps in memory: the reconciler's working state and where it stopped.</summary>
/// <param name="Outcome">The first outcome that was not Continue (or Continue when the piece would publish or withdraw).</param>
/// <param name="Verdicts">Every rendition's full verdict when the review ran; empty when the previous verdict stands.</param>
internal sealed record SimulatedPiece(PieceContext Context, StepOutcome Outcome, IReadOnlyList<Verdict> Verdicts)
{
    public ContentPiece Piece => Context.Piece;

    /// <summary>True when the pass got past generation (resolve did not stall, generation did not fail).</summary>
    public bool Generated => Context.ContentDigest is not null;

    /// <summary>True when the review would run (new content, or the policies changed) rather than keep the previous verdict.</summary>
    public bool Reviewed { get; init; }

    /// <summary>What each remediation attempt changed (auto-fixes), in order; empty when the first review stood.</summary>
    public IReadOnlyList<string> Remediations { get; init; } = [];

    public bool Blocked => Context.Review is { Blocking: > 0 };

    /// <summary>True when every required role approved the head content digest.</summary>
    public bool Approved => Context.ApprovalSummary?.Missing is not { Count: > 0 };

    /// <summary>True when the publish step would run now (reviewed clean, approved, due, not expired).</summary>
    public bool WouldPublishNow => Generated && Outcome.Kind == StepKind.Continue && Context.TerminalPhase is null;

    public bool WouldPublishLater => Outcome.Reason == ConditionReasons.Scheduled;
}
