using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>
/// An optional learned detector: a character n-gram classifier trained on labelled example sentences that adds
/// warn-level findings, naming the rule id it predicts, for sentences no rule flagged. It never blocks publication and
/// never replaces a rule.
/// </summary>
public sealed record LearnedDetectorSpec
{
    /// <summary>
    /// Labelled examples: a UTF-8 file of <c>label&lt;TAB&gt;sentence</c> lines (label = a rule id of this policy or
    /// <c>compliant</c>; # starts a comment), relative to the policy file. Read by <c>review</c>, <c>run</c> and <c>plan</c>; the operator
    /// cannot read it (cluster mode: the detector is off, see the LearnedDetector condition).
    /// </summary>
    [Required]
    public string Examples { get; init; } = "";

    /// <summary>The lowest probability of the predicted rule id that becomes a finding (0–1); chosen by cross-validation on the examples.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; init; } = 0.9;

    /// <summary>Where the detector runs; everywhere the policy applies when omitted.</summary>
    public ContentSelector? AppliesTo { get; init; }

    /// <summary>Concepts of this policy whose hit in a sentence keeps the detector silent there (trial reporting, advice, label phrasing).</summary>
    public IReadOnlyList<string>? ExceptInSentence { get; init; }
}
