using ContentOps.Core.Api;

namespace ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

/// <summary>A piece taken down: which, why, and what was live.</summary>
/// <param name="Piece">The ContentPiece.</param>
/// <param name="PieceUid">Its uid, the key of its ledger entries.</param>
/// <param name="Reason">ClaimWithdrawn, Expired, Deleted or NoLongerCompliant.</param>
/// <param name="Claims">For ClaimWithdrawn: the withdrawn or expired claim ids the content states; else empty.</param>
/// <param name="Channels">Channel keys (channel or channel/segment) withdrawn on this pass.</param>
/// <param name="ContentDigest">The content digest that was live, when known.</param>
/// <param name="At">When the withdrawal happened.</param>
/// <param name="WasLive">True when the piece was live (published on some channel) before this withdrawal; a piece that never went live has nobody to tell.</param>
internal sealed record PieceWithdrawal(
    ResourceKey Piece,
    string PieceUid,
    string Reason,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Channels,
    string? ContentDigest,
    DateTimeOffset At,
    bool WasLive = true);
