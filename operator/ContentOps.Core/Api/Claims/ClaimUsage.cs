namespace ContentOps.Core.Api.Claims;

/// <summary>
/// Where a claim is used (ClaimLibrary: one per claim stated by a piece), or the claims a source substantiates
/// (KnowledgeSource): the pieces stating it and the channels they are live on. A change regenerates
/// <see cref="Pieces"/>; a retraction withdraws <see cref="LivePieces"/>.
/// </summary>
public sealed record ClaimUsage
{
    /// <summary>Piece names listed at most (<see cref="Pieces"/> counts them all).</summary>
    public const int MaxNames = 10;

    /// <summary>The claim id (ClaimLibrary); absent for a KnowledgeSource.</summary>
    public string? Claim { get; init; }

    /// <summary>For a KnowledgeSource: how many claims cite it.</summary>
    public int? Claims { get; init; }

    /// <summary>Pieces stating it (what a change regenerates).</summary>
    public int Pieces { get; init; }

    /// <summary>Of those, pieces live on at least one channel now (what a retraction withdraws).</summary>
    public int LivePieces { get; init; }

    /// <summary>The channels the live pieces are on.</summary>
    public IReadOnlyList<string>? Channels { get; init; }

    /// <summary>The pieces stating it, by name in the namespace, at most <see cref="MaxNames"/>.</summary>
    public IReadOnlyList<string>? PieceNames { get; init; }
}
