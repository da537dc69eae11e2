using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>What a policy declares.</summary>
public sealed record SopPolicySpec
{
    /// <summary>What the policy is for and who owns it.</summary>
    public string? Description { get; init; }

    /// <summary>Which pieces the policy applies to; all pieces in its namespace when omitted.</summary>
    public ContentSelector? Selector { get; init; }

    /// <summary>MLR roles that must approve the exact content digest before publication.</summary>
    public ApprovalRequirement? Approval { get; init; }

    /// <summary>Concept classes that composite rules combine (outcome verbs, time-course expressions…).</summary>
    public IReadOnlyList<ReviewConcept>? Concepts { get; init; }

    /// <summary>The review rules, evaluated in order.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<SopRule> Rules { get; init; } = [];

    /// <summary>An optional learned detector that adds warn-level suggestions the rules missed; off when omitted.</summary>
    public LearnedDetectorSpec? LearnedDetector { get; init; }
}
