using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>
/// Warning: a policy requires a role's approval, but no SopPolicy of its namespace lists who may sign for that role
/// (<c>spec.approval.approvers</c>), so any Approval of the role counts, whoever commits it. A warning, not an error:
/// a repository without rosters worked before rosters existed.
/// </summary>
internal sealed class ApprovalRosterRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var policies = context.Index.OfKind<SopPolicy>().ToList();
        foreach (var (declaration, policy) in policies)
        {
            var roles = policy.Spec.Approval?.Roles ?? [];
            for (var i = 0; i < roles.Count; i++)
            {
                var role = roles[i];
                var rostered = policies.Any(p => p.Declaration.Namespace() == declaration.Namespace()
                    && p.Resource.Spec.Approval?.Approvers?.Any(r => r.Role == role && ((r.People?.Count ?? 0) > 0 || (r.Groups?.Count ?? 0) > 0)) == true);
                if (!rostered)
                {
                    yield return declaration.Warning(DiagnosticCodes.ApprovalRosterMissing, $"spec.approval.roles[{i}]",
                        $"approval by '{role}' is required, but no SopPolicy in namespace '{declaration.Namespace()}' lists who may sign for it: any Approval of role {role} counts, whoever commits it",
                        $"add an approver roster under spec.approval: approvers: [{{role: {role}, people: [{{name: NAME, email: EMAIL}}], groups: [GROUP]}}] (people sign in Git; groups are checked by the cluster's admission policy)");
                }
            }
        }
    }
}
