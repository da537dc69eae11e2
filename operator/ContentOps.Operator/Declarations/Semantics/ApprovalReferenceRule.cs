using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>An approval signs an existing content piece in its namespace.</summary>
internal sealed class ApprovalReferenceRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, approval) in context.Index.OfKind<Approval>())
        {
            if (context.Index.Find<ContentPiece>(declaration.Namespace(), approval.Spec.ContentPiece) is null)
            {
                yield return References.Missing(declaration, "spec.contentPiece", "ContentPiece", approval.Spec.ContentPiece, context.Index.OfKind<ContentPiece>());
            }
        }
    }
}
