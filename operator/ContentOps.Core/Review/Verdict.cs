namespace ContentOps.Core.Review;

/// <summary>The outcome of reviewing one rendition against its policies.</summary>
public sealed record Verdict
{
    /// <summary>Channel of the rendition.</summary>
    public string? Channel { get; init; }

    /// <summary>Segment of the rendition.</summary>
    public string? Segment { get; init; }

    /// <summary>Findings ordered by offset, then rule id, then policy.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Policies that could not be compiled; their rules did not run. Fix the policy (Stall, not retry).</summary>
    public IReadOnlyList<PolicyCompileError> Errors { get; init; } = [];

    /// <summary>Names of the policies that selected the rendition.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>Combined digest of the applied policies; a change means the content must be reviewed again.</summary>
    public string PolicyDigest { get; init; } = "";

    /// <summary>Number of blocking findings.</summary>
    public int BlockingCount => Findings.Count(f => f.IsBlocking);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Findings.Count(f => !f.IsBlocking);

    /// <summary>Whether publication is blocked: a blocking finding, or a policy that did not compile.</summary>
    public bool Blocked => Errors.Count > 0 || Findings.Any(f => f.IsBlocking);

    /// <summary>This verdict with more findings (e.g. from <see cref="Llm.LlmJudge"/>), order kept deterministic.</summary>
    public Verdict WithFindings(IEnumerable<Finding> more) => this with { Findings = FindingOrder.Sort(Findings.Concat(more)) };
}
