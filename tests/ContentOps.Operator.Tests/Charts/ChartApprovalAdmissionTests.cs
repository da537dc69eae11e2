using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

/// <summary>The admission policy that lets only entitled people approve in cluster mode.</summary>
public sealed class ChartApprovalAdmissionTests
{
    [Fact]
    public void Policy_AdmitsApprovalsOnlyFromTheNamedUser_InTheRolesGroup()
    {
        var chart = RenderedChart.Render();

        var policy = Signer(chart);
        var rule = Assert.Single(policy.Spec.MatchConstraints.ResourceRules);
        Assert.Equal(["contentops.io"], rule.ApiGroups);
        Assert.Equal(["approvals"], rule.Resources);
        Assert.Equal(["CREATE", "UPDATE"], rule.Operations);
        Assert.Equal("Fail", policy.Spec.FailurePolicy);
        var groups = Assert.Single(policy.Spec.Variables, v => v.Name == "roleGroups").Expression;
        Assert.Equal("""{"legal":["contentops-mlr-legal"],"medical":["contentops-mlr-medical"],"regulatory":["contentops-mlr-regulatory"]}""", groups);
        Assert.Equal("request.userInfo.username", Assert.Single(policy.Spec.Variables, v => v.Name == "user").Expression);
        Assert.Contains(policy.Spec.Validations, v => v.Expression.Contains("object.spec.approvedBy == variables.user", StringComparison.Ordinal));
        Assert.Contains(policy.Spec.Validations, v => v.Expression.Contains("request.userInfo.groups", StringComparison.Ordinal)
            && v.Expression.Contains("variables.roleGroups[object.spec.role]", StringComparison.Ordinal));

        var binding = Assert.Single(chart.All<V1ValidatingAdmissionPolicyBinding>(), b => b.Spec.PolicyName == policy.Metadata.Name);
        Assert.Equal(["Deny"], binding.Spec.ValidationActions);
        Assert.Null(binding.Spec.MatchResources);
    }

    [Fact]
    public void Binding_IsLimitedToWatchedNamespaces_AndGroupsComeFromValues()
    {
        var chart = RenderedChart.Render("watchNamespaces=[diabetes]", "approvalAdmission.roleGroups.medical=[medical-affairs]");

        Assert.Equal(2, chart.All<V1ValidatingAdmissionPolicyBinding>().Count());
        Assert.All(chart.All<V1ValidatingAdmissionPolicyBinding>(), binding =>
        {
            var selector = Assert.Single(binding.Spec.MatchResources.NamespaceSelector.MatchExpressions);
            Assert.Equal(("kubernetes.io/metadata.name", "In"), (selector.Key, selector.OperatorProperty));
            Assert.Equal(["diabetes"], selector.Values);
        });
        var policy = Signer(chart);
        Assert.Contains("\"medical\":[\"medical-affairs\"]", Assert.Single(policy.Spec.Variables, v => v.Name == "roleGroups").Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void PieceAuthorPolicy_MakesWhoeverChangesASpec_NameThemselves_AndKeepsTheAuthorOtherwise()
    {
        var chart = RenderedChart.Render("approvalAdmission.trustedAppliers=[system:serviceaccount:argocd:argocd-application-controller]");

        var policy = Assert.Single(chart.All<V1ValidatingAdmissionPolicy>(), p => p.Metadata.Name.EndsWith("-piece-author", StringComparison.Ordinal));
        var rule = Assert.Single(policy.Spec.MatchConstraints.ResourceRules);
        Assert.Equal(["contentpieces"], rule.Resources);
        Assert.Equal(["CREATE", "UPDATE"], rule.Operations);
        Assert.Equal("Fail", policy.Spec.FailurePolicy);
        string Variable(string name) => Assert.Single(policy.Spec.Variables, v => v.Name == name).Expression;
        Assert.Equal("'provenance.contentops.io/author'", Variable("key"));
        Assert.Equal("request.userInfo.username", Variable("user"));
        Assert.Equal("""["system:serviceaccount:argocd:argocd-application-controller"]""", Variable("trustedAppliers"));
        Assert.Equal("request.operation == 'CREATE' || object.spec != oldObject.spec", Variable("specChanged"));
        Assert.Contains(policy.Spec.Validations, v => v.Expression.Contains("!variables.specChanged || variables.author == variables.user", StringComparison.Ordinal));
        Assert.Contains(policy.Spec.Validations, v => v.Expression.Contains("variables.specChanged || variables.author == variables.previousAuthor", StringComparison.Ordinal));
        Assert.Single(chart.All<V1ValidatingAdmissionPolicyBinding>(), b => b.Spec.PolicyName == policy.Metadata.Name && b.Spec.ValidationActions.SequenceEqual(["Deny"]));
    }

    private static V1ValidatingAdmissionPolicy Signer(RenderedChart chart) =>
        Assert.Single(chart.All<V1ValidatingAdmissionPolicy>(), p => p.Metadata.Name.EndsWith("-approval-signer", StringComparison.Ordinal));

    [Fact]
    public void Policy_CanBeTurnedOff()
    {
        var chart = RenderedChart.Render("approvalAdmission.enabled=false");

        Assert.Empty(chart.All<V1ValidatingAdmissionPolicy>());
        Assert.Empty(chart.All<V1ValidatingAdmissionPolicyBinding>());
    }
}
