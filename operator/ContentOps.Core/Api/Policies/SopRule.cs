using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>One review rule. The kind decides which parameter fields it reads.</summary>
public sealed record SopRule
{
    /// <summary>Stable id; findings, SARIF ruleId and CI gates use it.</summary>
    [Required]
    [RegularExpression(Names.IdPattern)]
    public string Id { get; init; } = "";

    /// <summary>forbiddenTerms, pattern, composite, requiredText, claimTraceability, audience, length, pii or llmJudge.</summary>
    [Required]
    [AllowedValues("forbiddenTerms", "pattern", "composite", "requiredText", "claimTraceability", "audience", "length", "pii", "llmJudge")]
    public string Kind { get; init; } = "";

    /// <summary>block stops publication; warn is reported only.</summary>
    [AllowedValues("block", "warn")]
    public string Severity { get; init; } = "block";

    /// <summary>What is wrong, citing the legal basis (e.g. 《广告法》第九条).</summary>
    [Required]
    public string Message { get; init; } = "";

    /// <summary>Legal or SOP basis, e.g. 广告法 Art.9(3).</summary>
    public string? Basis { get; init; }

    /// <summary>How to fix it, shown with every finding.</summary>
    public string? Fix { get; init; }

    /// <summary>Narrows the rule to some content; the policy's selector still applies.</summary>
    public ContentSelector? AppliesTo { get; init; }

    /// <summary>Severity overrides by context, first match wins (e.g. block for public, warn for HCP).</summary>
    public IReadOnlyList<SeverityOverride>? SeverityByContext { get; init; }

    /// <summary>
    /// composite: combinations of the policy's concepts that violate the rule when their hits appear in order within one
    /// sentence (and within the combination's distance), e.g. [time-course, outcome] for 三天见效.
    /// </summary>
    public IReadOnlyList<ConceptMatch>? Match { get; init; }

    /// <summary>composite: concepts that negate a match when one of their hits starts inside it or up to 12 characters before it in the sentence (不能保证, 尚无, 可能).</summary>
    public IReadOnlyList<string>? NegatedBy { get; init; }

    /// <summary>composite: concepts that exempt a whole sentence from the rule (trial context such as 安慰剂, 基线; advice such as 请咨询医师).</summary>
    public IReadOnlyList<string>? ExceptInSentence { get; init; }

    /// <summary>forbiddenTerms and composite: the dictionary.</summary>
    public IReadOnlyList<ForbiddenTerm>? Terms { get; init; }

    /// <summary>
    /// pattern: regular expressions that must not match; requiredText: expressions of which one must match (e.g. the ad approval number);
    /// claimTraceability: expressions that mark a sentence as stating efficacy, safety, dosing or mechanism (built-in defaults when omitted).
    /// .NET syntax, matched case-insensitively against the normalised text (full-width folded, spaces removed, simplified), with a timeout.
    /// </summary>
    public IReadOnlyList<string>? Patterns { get; init; }

    /// <summary>pattern/forbiddenTerms: contexts in which a match is allowed (e.g. 最常见的不良反应).</summary>
    public IReadOnlyList<string>? AllowedContexts { get; init; }

    /// <summary>requiredText: the statement that must appear (any one of them).</summary>
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>requiredText: every entry of text must appear instead of any one of them (e.g. both 禁忌 and 不良反应).</summary>
    public bool? RequireAll { get; init; }

    /// <summary>
    /// forbiddenTerms/pattern: a match is allowed when one of the product label's indications contains it (off-label detection);
    /// for a pattern, the text of its group named <c>term</c> is checked when present, otherwise the whole match. Without
    /// known indications (no product label in the context) such a rule does not run.
    /// </summary>
    public bool? AllowWhenInLabel { get; init; }

    /// <summary>audience: roles the content may reach; hcp when omitted.</summary>
    public IReadOnlyList<string>? AllowedAudiences { get; init; }

    /// <summary>audience: channel types that must verify HCP identity (e.g. wechat, web); others only need an allowed audience role.</summary>
    public IReadOnlyList<string>? VerifiedChannelTypes { get; init; }

    /// <summary>requiredText: where it must appear: anywhere, start, end or paragraph.</summary>
    [AllowedValues("anywhere", "start", "end", "paragraph")]
    public string? Position { get; init; }

    /// <summary>requiredText with start/end: within this many characters.</summary>
    [Range(1, 100000)]
    public int? Within { get; init; }

    /// <summary>length: limits per format.</summary>
    public LengthLimits? Limits { get; init; }

    /// <summary>claimTraceability: minimum similarity (0..1) to an approved claim.</summary>
    [Range(0.0, 1.0)]
    public double? Threshold { get; init; }

    /// <summary>llmJudge: the rubric sent to the model.</summary>
    public string? Rubric { get; init; }
}
