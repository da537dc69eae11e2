using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>The working state of one reconcile pass of a piece: resolved dependencies and what the steps found.</summary>
internal sealed class PieceContext(ContentPiece piece, DateTimeOffset now)
{
    public ContentPiece Piece { get; } = piece;

    public ContentPieceStatus Previous { get; } = piece.Status ?? new ContentPieceStatus();

    public DateTimeOffset Now { get; } = now;

    public string Namespace => Piece.Metadata.EffectiveNamespace;

    public string Uid => Piece.Metadata.Uid ?? $"{Namespace}/{Piece.Metadata.Name}";

    public Campaign Campaign { get; set; } = null!;

    public IReadOnlyList<ClaimLibrary> Libraries { get; set; } = [];

    public IReadOnlyList<ChannelTarget> Channels { get; set; } = [];

    public Audience? Audience { get; set; }

    /// <summary>Policies that select this piece on at least one of its channels.</summary>
    public IReadOnlyList<SopPolicy> Policies { get; set; } = [];

    public IReadOnlyList<Approval> Approvals { get; set; } = [];

    public IReadOnlyList<string> RequiredStatements { get; set; } = [];

    /// <summary>Claim ids the knowledge recall added for generation.recallClaims, best first; empty otherwise.</summary>
    public IReadOnlyList<string> RecalledClaims { get; set; } = [];

    /// <summary>The recalled claims with their fused score and why (keyword rank and matched terms, vector rank); what plan shows.</summary>
    public IReadOnlyList<Core.Knowledge.Recall.RecalledClaim> Recall { get; set; } = [];

    public IReadOnlyList<string> RequiredRoles { get; set; } = [];

    /// <summary>Claims of the piece's libraries that may no longer be stated (withdrawn or expired), with why.</summary>
    public IReadOnlyDictionary<string, string> Retracted { get; set; } = new Dictionary<string, string>();

    /// <summary>The retracted claims this piece states, when a retraction takes it down.</summary>
    public IReadOnlyList<string> RetractedClaims { get; set; } = [];

    /// <summary>Claim ids the current content states (declared, through key messages, recalled).</summary>
    public IReadOnlyList<string> StatedClaims { get; set; } = [];

    public string? SpecDigest { get; set; }

    public string? PolicyDigest { get; set; }

    public IReadOnlyList<Rendition> Renditions { get; set; } = [];

    public IReadOnlyList<RenditionRef> RenditionRefs { get; set; } = [];

    public string? ContentDigest { get; set; }

    public bool Regenerated { get; set; }

    public ReviewSummary? Review { get; set; }

    /// <summary>The verdict of every rendition from this pass's review; empty when the previous review stands.</summary>
    public IReadOnlyList<Verdict> Verdicts { get; set; } = [];

    /// <summary>Generation attempts for the current spec digest (1 + remediations) when this pass generated.</summary>
    public int Attempts { get; set; }

    /// <summary>Tokens the model provider reported for this pass's generations (all attempts); null for the embedded generator.</summary>
    public TokenUsage? Tokens { get; set; }

    /// <summary>The part of <see cref="Tokens"/> already added to the metrics.</summary>
    public (long Input, long Output) TokensRecorded { get; set; }

    public ApprovalSummary? ApprovalSummary { get; set; }

    /// <summary>The piece's publications as the ledger has them after this pass; null when the pass did not read the ledger.</summary>
    public IReadOnlyList<PublicationRecord>? Publications { get; set; }

    /// <summary>Time until expireAt while the piece is live, so the controller looks again when it must come down.</summary>
    public TimeSpan? ExpiresIn { get; set; }

    /// <summary>Set when the piece ended withdrawn/expired/not compliant rather than live.</summary>
    public string? TerminalPhase { get; set; }

    public bool Published { get; set; }
}
