using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

/// <summary>The admission policy that lets only entitled people approve in cluster mode.</summary>
public sealed class ChartApprovalAdmissionTests
{
    [Fact]
    public void Policy_AdmitsApprovalsOnlyFromTheNamedUser_InTheRolesGroup()
    {
        var chart = RenderedChart.Render();

        var policy = Assert.Single(chart.All<V1ValidatingAdmissionPolicy>());
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

        var binding = Assert.Single(chart.All<V1ValidatingAdmissionPolicyBinding>());
        Assert.Equal(policy.Metadata.Name, binding.Spec.PolicyName);
        Assert.Equal(["Deny"], binding.Spec.ValidationActions);
        Assert.Null(binding.Spec.MatchResources);
    }

    [Fact]
    public void Binding_IsLimitedToWatchedNamespaces_AndGroupsComeFromValues()
    {
        var chart = RenderedChart.Render("watchNamespaces=[diabetes]", "approvalAdmission.roleGroups.medical=[medical-affairs]");

        var binding = Assert.Single(chart.All<V1ValidatingAdmissionPolicyBinding>());
        var selector = Assert.Single(binding.Spec.MatchResources.NamespaceSelector.MatchExpressions);
        Assert.Equal(("kubernetes.io/metadata.name", "In"), (selector.Key, selector.OperatorProperty));
        Assert.Equal(["diabetes"], selector.Values);
        var policy = Assert.Single(chart.All<V1ValidatingAdmissionPolicy>());
        Assert.Contains("\"medical\":[\"medical-affairs\"]", Assert.Single(policy.Spec.Variables, v => v.Name == "roleGroups").Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_CanBeTurnedOff()
    {
        var chart = RenderedChart.Render("approvalAdmission.enabled=false");

        Assert.Empty(chart.All<V1ValidatingAdmissionPolicy>());
        Assert.Empty(chart.All<V1ValidatingAdmissionPolicyBinding>());
    }
}
