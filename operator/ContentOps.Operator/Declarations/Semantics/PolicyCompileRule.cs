using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Compilation;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>
/// Error: a SopPolicy whose rules do not compile (a regular expression that does not parse, a composite naming an
/// unknown concept, …). The review engine drops such a policy whole, so without this check its rules would silently
/// stop applying; validate and plan name the rule at its file:line instead.
/// </summary>
internal sealed class PolicyCompileRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, policy) in context.Index.OfKind<SopPolicy>())
        {
            // No learned-detector examples source: validation checks the rules, not the (optional) detector's file.
            foreach (var error in new PolicyCompiler().Compile(policy).Errors)
            {
                var index = policy.Spec.Rules.Select(r => r.Id).ToList().IndexOf(error.RuleId);
                yield return declaration.Error(DiagnosticCodes.PolicyDoesNotCompile, index >= 0 ? $"spec.rules[{index}]" : "spec",
                    $"rule '{error.RuleId}' does not compile: {error.Message.TrimEnd('.')}; the whole policy would be skipped by review",
                    "fix the rule (README: Policies and rules), or remove it");
            }
        }
    }
}
