namespace ContentOps.Operator.Planning;

/// <summary>A review finding the head content would get, with the rendition position and the rule's declaration.</summary>
internal sealed record FindingPlan
{
    public required string Severity { get; init; }

    /// <summary><c>policy/rule-id</c>.</summary>
    public required string Rule { get; init; }

    public required string Message { get; init; }

    /// <summary>The offending text as written; empty for whole-document findings.</summary>
    public string Match { get; init; } = "";

    /// <summary>Rendition: channel, and <c>/segment</c> for per-segment variants.</summary>
    public required string Rendition { get; init; }

    /// <summary>1-based line and column in the rendition's reviewed text (title on line 1).</summary>
    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>Where the rule is declared (<c>file:line</c>).</summary>
    public string? RuleLocation { get; init; }
}
