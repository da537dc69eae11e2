namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>A rep's suggestions: the ranked list (profile-driven) and the standard, unranked list for HCPs who opted out of personalisation.</summary>
public sealed record RepSuggestions(string Rep, IReadOnlyList<Suggestion> Ranked, IReadOnlyList<Suggestion> Standard)
{
    /// <summary>Every suggestion, ranked first.</summary>
    public IEnumerable<Suggestion> All => Ranked.Concat(Standard);
}
