namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// One send the chooser may shape: who, what, and every option the hard rules allow. The first option is what the
/// planner sends without learning (the first allowed channel, the first matching segment's variant, the earliest time).
/// </summary>
/// <param name="Hcp">HCP id.</param>
/// <param name="Piece">The piece.</param>
/// <param name="Segment">The HCP's first matching segment, or null for all of the audience.</param>
/// <param name="Options">The allowed options, the default first; channels, variants and times in the planner's order.</param>
public sealed record SendChoiceRequest(string Hcp, PieceRef Piece, string? Segment, IReadOnlyList<SendOption> Options)
{
    /// <summary>The distinct channels among the options, in order.</summary>
    public IReadOnlyList<string> Channels => [.. Options.Select(o => o.Channel).Distinct(StringComparer.Ordinal)];

    /// <summary>The distinct variants among the options, in order.</summary>
    public IReadOnlyList<string?> Variants => [.. Options.Select(o => o.Variant).Distinct()];
}
