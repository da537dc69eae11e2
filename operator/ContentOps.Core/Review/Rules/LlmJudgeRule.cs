using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// llmJudge: a rubric for a model. The synchronous review never calls a model, so this rule finds nothing there;
/// <see cref="Llm.LlmJudge"/> evaluates it when enabled, and its findings are added to the deterministic verdict.
/// </summary>
internal sealed class LlmJudgeRule : ReviewRule
{
    public LlmJudgeRule(string policy, SopRule definition)
        : base(policy, definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Rubric))
        {
            throw new RuleCompileException(definition.Id, "llmJudge needs a rubric");
        }
    }

    public string Rubric => Definition.Rubric!;

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
    }

    /// <summary>A finding for a passage the model quoted; located in the text when the quote is found there.</summary>
    public Finding CreateJudgeFinding(ReviewDocument document, string quote, string reason)
    {
        var at = string.IsNullOrEmpty(quote) ? -1 : document.Text.IndexOf(quote, StringComparison.Ordinal);
        return at >= 0
            ? CreateFinding(document, at, quote.Length, "模型评审：" + reason)
            : CreateFinding(document, 0, 0, "模型评审：" + reason, match: quote);
    }
}
