namespace ContentOps.Core.Review;

/// <summary>
/// One violation of one rule. Positions refer to <see cref="ReviewedText"/> of the rendition: <c>Title\n\nBody</c>
/// (title on line 1) or the body alone; lines and columns are 1-based and count UTF-16 code units; offsets are 0-based.
/// </summary>
public sealed record Finding
{
    /// <summary>Name of the policy that holds the rule.</summary>
    public required string Policy { get; init; }

    /// <summary>Rule id, e.g. absolute-terms; the SARIF ruleId.</summary>
    public required string RuleId { get; init; }

    /// <summary>Rule kind, e.g. forbiddenTerms.</summary>
    public required string Kind { get; init; }

    /// <summary>block or warn, after context overrides.</summary>
    public required string Severity { get; init; }

    /// <summary>The rule's message, citing the legal basis.</summary>
    public required string Message { get; init; }

    /// <summary>What exactly was found here, e.g. which claim expired; null when the message says it all.</summary>
    public string? Detail { get; init; }

    /// <summary>The rule's legal or SOP basis.</summary>
    public string? Basis { get; init; }

    /// <summary>The offending text as written (masked for personal data); empty for whole-document findings.</summary>
    public string Match { get; init; } = "";

    /// <summary>0-based start offset in the reviewed text.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the match in characters (UTF-16 code units).</summary>
    public int Length { get; init; }

    /// <summary>1-based line of the start.</summary>
    public int Line { get; init; } = 1;

    /// <summary>1-based column of the start.</summary>
    public int Column { get; init; } = 1;

    /// <summary>The statement or approved claim expected instead, when there is one.</summary>
    public string? Expected { get; init; }

    /// <summary>Suggested fix in words.</summary>
    public string? Fix { get; init; }

    /// <summary>A mechanical fix <see cref="Fixes.AutoFixer"/> may apply; null when a human or the generator must rewrite.</summary>
    public TextEdit? Edit { get; init; }

    /// <summary>The claim involved (claimTraceability), when one was matched.</summary>
    public string? ClaimId { get; init; }

    /// <summary>Channel of the rendition.</summary>
    public string? Channel { get; init; }

    /// <summary>Segment of the rendition, for per-segment variants.</summary>
    public string? Segment { get; init; }

    /// <summary>For a learned suggestion (kind learned), the model's probability of the rule id; null for rule findings.</summary>
    public double? Confidence { get; init; }

    /// <summary>Whether the finding stops publication.</summary>
    public bool IsBlocking => Severity == Severities.Block;
}
