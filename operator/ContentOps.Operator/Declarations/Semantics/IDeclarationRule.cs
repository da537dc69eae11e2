using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>A check across resources, run after every file has loaded; pure, so rules can run in any order.</summary>
internal interface IDeclarationRule
{
    IEnumerable<Diagnostic> Check(RuleContext context);
}
