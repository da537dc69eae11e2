using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>A compiled rule of one policy: where it applies, how severe it is there, and what it finds.</summary>
internal abstract class ReviewRule(string policy, SopRule definition)
{
    public string Policy { get; } = policy;

    public SopRule Definition { get; } = definition;

    public string Id => Definition.Id;

    /// <summary>Whether the rule's appliesTo selects the context (the policy selector is checked by the caller).</summary>
    public bool AppliesTo(ReviewContext context) => PolicyMatcher.Selects(Definition.AppliesTo, context);

    /// <summary>The first matching severityByContext entry, else the rule's severity.</summary>
    public string SeverityFor(ReviewContext context) =>
        Definition.SeverityByContext?.FirstOrDefault(o => PolicyMatcher.Selects(o.When, context))?.Severity ?? Definition.Severity;

    /// <summary>Adds the findings of this rule for <paramref name="document"/>.</summary>
    public abstract void Evaluate(ReviewDocument document, List<Finding> findings);

    /// <summary>A finding at an original span of the reviewed text.</summary>
    protected Finding CreateFinding(ReviewDocument document, int start, int length, string? detail = null, string? expected = null,
        TextEdit? edit = null, string? claimId = null, string? match = null)
    {
        var (line, column) = document.Locate(start);
        return new Finding
        {
            Policy = Policy,
            RuleId = Id,
            Kind = Definition.Kind,
            Severity = SeverityFor(document.Context),
            Message = Definition.Message,
            Detail = detail,
            Basis = Definition.Basis,
            Match = match ?? document.Text.Substring(start, length),
            Offset = start,
            Length = length,
            Line = line,
            Column = column,
            Expected = expected,
            Fix = Definition.Fix,
            Edit = edit,
            ClaimId = claimId,
            Channel = document.Rendition.Channel,
            Segment = document.Rendition.Segment,
        };
    }

    /// <summary>A finding at a normalised span, mapped back to the original text.</summary>
    protected Finding CreateNormalizedFinding(ReviewDocument document, int start, int length, string? detail = null, string? expected = null,
        Func<int, int, TextEdit?>? edit = null)
    {
        var (originalStart, originalLength) = document.Normalized.ToOriginal(start, length);
        return CreateFinding(document, originalStart, originalLength, detail, expected, edit?.Invoke(originalStart, originalLength));
    }

    /// <summary>A finding reporting that a regular expression ran out of time: the text was not fully checked.</summary>
    protected Finding CreateTimeoutFinding(ReviewDocument document, string pattern) =>
        CreateFinding(document, 0, 0, $"正则表达式 {pattern} 超时，本规则未能完成检查，请人工复核。", match: "");
}
