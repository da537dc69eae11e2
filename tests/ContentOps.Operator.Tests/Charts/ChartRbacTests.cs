using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

/// <summary>The operator's permissions, rule by rule: exactly what it needs, no wildcards, no Secret listing.</summary>
public sealed class ChartRbacTests
{
    private static readonly string[] _kinds = ["approvals", "audiences", "campaigns", "channeltargets", "claimlibraries", "contentpieces", "knowledgesources", "soppolicies"];

    private static readonly string[] _resourceRules =
    [
        $"contentops.io {string.Join(',', _kinds)} [] get,list,watch",
        $"contentops.io {string.Join(',', _kinds.Select(k => k + "/status"))} [] update,patch",
        "contentops.io contentpieces [] update,patch",
        "contentops.io contentpieces/finalizers [] update",
        "events.k8s.io events [] create,patch",
    ];

    private static readonly string[] _leaseRules =
    [
        "coordination.k8s.io leases [contentops-operator] get,update",
        "coordination.k8s.io leases [] create",
    ];

    [Fact]
    public void ClusterRole_GrantsExactlyTheResourceRules_WhenWatchingAllNamespaces()
    {
        var chart = RenderedChart.Render();

        var role = Assert.Single(chart.All<V1ClusterRole>());
        Assert.Equal(_resourceRules, role.Rules.Select(Describe));
        var binding = Assert.Single(chart.All<V1ClusterRoleBinding>());
        AssertBindsServiceAccount(binding.RoleRef, binding.Subjects, "ClusterRole", role.Metadata.Name);
    }

    [Fact]
    public void Roles_GrantResourceRulesOnlyInWatchedNamespaces()
    {
        var chart = RenderedChart.Render("watchNamespaces=[diabetes, oncology]");

        Assert.Empty(chart.All<V1ClusterRole>());
        Assert.Empty(chart.All<V1ClusterRoleBinding>());
        foreach (var ns in new[] { "diabetes", "oncology" })
        {
            var role = Assert.Single(chart.All<V1Role>(), r => r.Metadata.NamespaceProperty == ns);
            Assert.Equal(_resourceRules, role.Rules.Select(Describe));
            var binding = Assert.Single(chart.All<V1RoleBinding>(), b => b.Metadata.NamespaceProperty == ns);
            AssertBindsServiceAccount(binding.RoleRef, binding.Subjects, "Role", role.Metadata.Name);
        }
    }

    [Fact]
    public void LeaseRole_IsLimitedToTheReleaseNamespaceAndLeaseName()
    {
        var chart = RenderedChart.Render();

        var role = Assert.Single(chart.All<V1Role>());
        Assert.Equal("contentops-system", role.Metadata.NamespaceProperty);
        Assert.Equal(_leaseRules, role.Rules.Select(Describe));
    }

    [Fact]
    public void Secrets_AreNotReadable_ByDefault()
    {
        var chart = RenderedChart.Render("llm.apiKeySecret.name=llm-credentials");

        Assert.DoesNotContain(AllRules(chart), r => r.Resources.Contains("secrets"));
    }

    [Fact]
    public void Secrets_AreReadableByNameOnly_WhenListedInValues()
    {
        var chart = RenderedChart.Render("secretAccess=[{name: wechat-hcp, namespace: diabetes}, {name: sms-gateway, namespace: diabetes}, {name: crm}]");

        var secretRules = AllRules(chart).Where(r => r.Resources.Contains("secrets")).Select(Describe);
        Assert.Equal([" secrets [crm] get", " secrets [wechat-hcp,sms-gateway] get"], secretRules.Order(StringComparer.Ordinal));
        var diabetes = Assert.Single(chart.All<V1Role>(), r => r.Metadata.Name == "contentops-secrets" && r.Metadata.NamespaceProperty == "diabetes");
        Assert.Single(chart.All<V1RoleBinding>(), b => b.RoleRef.Name == diabetes.Metadata.Name && b.Metadata.NamespaceProperty == "diabetes");
    }

    [Theory]
    [MemberData(nameof(ChartRenderingTests.ValueSets), MemberType = typeof(ChartRenderingTests))]
    public void Rules_HaveNoWildcardsAndNeverListOrWatchSecrets(string name, string[] sets)
    {
        var rules = AllRules(RenderedChart.Render(sets)).ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, r =>
        {
            Assert.DoesNotContain("*", r.ApiGroups);
            Assert.DoesNotContain("*", r.Resources);
            Assert.DoesNotContain("*", r.Verbs);
            Assert.Null(r.NonResourceURLs);
            Assert.DoesNotContain(r.Verbs, v => v is "delete" or "deletecollection" or "escalate" or "bind" or "impersonate");
            if (r.Resources.Contains("secrets"))
            {
                Assert.Equal(["get"], r.Verbs);
                Assert.NotEmpty(r.ResourceNames);
            }
        });
        Assert.NotNull(name);
    }

    private static IEnumerable<V1PolicyRule> AllRules(RenderedChart chart) =>
        chart.All<V1ClusterRole>().SelectMany(r => r.Rules).Concat(chart.All<V1Role>().SelectMany(r => r.Rules));

    private static string Describe(V1PolicyRule rule) =>
        $"{string.Join(',', rule.ApiGroups)} {string.Join(',', rule.Resources)} [{string.Join(',', rule.ResourceNames ?? [])}] {string.Join(',', rule.Verbs)}";

    private static void AssertBindsServiceAccount(V1RoleRef roleRef, IList<Rbacv1Subject> subjects, string kind, string name)
    {
        Assert.Equal((kind, name), (roleRef.Kind, roleRef.Name));
        var subject = Assert.Single(subjects);
        Assert.Equal(("ServiceAccount", "contentops", "contentops-system"), (subject.Kind, subject.Name, subject.NamespaceProperty));
    }
}
