namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>What a rep did with a suggestion: executed, dismissed (with a reason) or completed (the HCP engaged).</summary>
public sealed record SuggestionFeedback
{
    public required string SuggestionId { get; init; }

    public required string Rep { get; init; }

    public required string Hcp { get; init; }

    /// <summary>namespace/name of the content.</summary>
    public required string Content { get; init; }

    /// <summary>executed, dismissed or completed.</summary>
    public required string Outcome { get; init; }

    /// <summary>Why it was dismissed (required then), or a note.</summary>
    public string? Reason { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The outcomes feedback may carry.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["executed", "dismissed", "completed"];
}
