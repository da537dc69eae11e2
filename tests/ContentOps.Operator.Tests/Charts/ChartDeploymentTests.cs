using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

public sealed class ChartDeploymentTests
{
    [Fact]
    public void Operator_RunsTwoNonRootReadOnlyReplicasWithProbes()
    {
        var deployment = RenderedChart.Render().Single<V1Deployment>("contentops");
        var pod = deployment.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);

        Assert.Equal(2, deployment.Spec.Replicas);
        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.True(container.SecurityContext.RunAsNonRoot);
        Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Null(container.SecurityContext.Capabilities.Add);
        Assert.Equal("RuntimeDefault", container.SecurityContext.SeccompProfile.Type);
        var health = Assert.Single(container.Ports, p => p.Name == "health");
        Assert.Equal(8081, health.ContainerPort);
        Assert.Contains(container.Ports, p => p.Name == "metrics" && p.ContainerPort == 9464);
        Assert.Equal(("/healthz", "health"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
        Assert.Equal(("/readyz", "health"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        Assert.NotNull(container.Resources.Requests["memory"]);
        Assert.NotNull(container.Resources.Limits["memory"]);
    }

    [Fact]
    public void Operator_WritesOnlyToArtifactsAndTmp()
    {
        var deployment = RenderedChart.Render().Single<V1Deployment>("contentops");
        var pod = deployment.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);

        Assert.Equal(["/var/lib/contentops/artifacts", "/tmp"], container.VolumeMounts.Select(m => m.MountPath));
        Assert.Equal("contentops-artifacts", pod.Volumes.Single(v => v.Name == "artifacts").PersistentVolumeClaim.ClaimName);
        Assert.Contains("--artifacts=/var/lib/contentops/artifacts", container.Args);
    }

    [Fact]
    public void Operator_GetsItsOptionsAsArguments()
    {
        var deployment = RenderedChart.Render("watchNamespaces=[diabetes, oncology]", "llm.endpoint=https://llm.example.cn/v1", "llm.model=qwen2.5")
            .Single<V1Deployment>("contentops");

        Assert.Equal(
            ["operator", "--namespace=diabetes", "--namespace=oncology", "--leader-elect", "--lease-name=contentops-operator",
                "--lease-namespace=contentops-system", "--health-port=8081", "--metrics-port=9464", "--artifacts=/var/lib/contentops/artifacts",
                "--llm-endpoint=https://llm.example.cn/v1", "--llm-model=qwen2.5"],
            deployment.Spec.Template.Spec.Containers[0].Args);
    }

    [Fact]
    public void Operator_ReadsLlmApiKeyFromTheNamedSecret_NeverFromValues()
    {
        var deployment = RenderedChart.Render("llm.apiKeySecret.name=llm-credentials", "llm.apiKeySecret.key=token")
            .Single<V1Deployment>("contentops");
        var env = deployment.Spec.Template.Spec.Containers[0].Env.Single(e => e.Name == "CONTENTOPS_LLM_API_KEY");

        Assert.Null(env.Value);
        Assert.Equal(("llm-credentials", "token"), (env.ValueFrom.SecretKeyRef.Name, env.ValueFrom.SecretKeyRef.Key));
    }

    [Fact]
    public void Operator_ReadsTheStateDatabaseConnectionFromTheNamedSecret_AndHasNoneByDefault()
    {
        var deployment = RenderedChart.Render("stateDatabase.secret.name=contentops-postgres").Single<V1Deployment>("contentops");
        var env = deployment.Spec.Template.Spec.Containers[0].Env.Single(e => e.Name == "CONTENTOPS_STATE_DATABASE");

        Assert.Null(env.Value);
        Assert.Equal(("contentops-postgres", "connection-string"), (env.ValueFrom.SecretKeyRef.Name, env.ValueFrom.SecretKeyRef.Key));
        Assert.DoesNotContain(RenderedChart.Render().Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Env, e => e.Name == "CONTENTOPS_STATE_DATABASE");
    }

    [Fact]
    public void Operator_ReadsTheApiCredentialsFromTheNamedSecret_AndHasNoneByDefault()
    {
        var env = RenderedChart.Render("api.secret.name=contentops-api").Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Env;

        foreach (var (name, key) in new[] { ("CONTENTOPS_API_TOKEN", "token"), ("CONTENTOPS_API_HMAC_KEY", "hmac-key"), ("CONTENTOPS_WECHAT_CALLBACK_TOKEN", "wechat-token"), ("CONTENTOPS_UNSUBSCRIBE_KEY", "unsubscribe-key") })
        {
            var variable = env.Single(e => e.Name == name);
            Assert.Null(variable.Value);
            Assert.Equal(("contentops-api", key, true), (variable.ValueFrom.SecretKeyRef.Name, variable.ValueFrom.SecretKeyRef.Key, variable.ValueFrom.SecretKeyRef.Optional));
        }

        Assert.DoesNotContain(RenderedChart.Render().Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Env, e => e.Name.StartsWith("CONTENTOPS_API", StringComparison.Ordinal));
    }

    [Fact]
    public void Operator_UsesInChartInference_WhenEnabledWithoutExplicitEndpoint()
    {
        var args = RenderedChart.Render("inference.enabled=true", "inference.servedModelName=qwen")
            .Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Args;

        Assert.Contains("--llm-endpoint=http://contentops-inference.contentops-system.svc:8000/v1", args);
        Assert.Contains("--llm-model=qwen", args);
    }

    [Fact]
    public void Operator_PrefersExplicitLlmEndpoint_OverInChartInference()
    {
        var args = RenderedChart.Render("inference.enabled=true", "llm.endpoint=https://llm.example.cn/v1")
            .Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Args;

        Assert.Contains("--llm-endpoint=https://llm.example.cn/v1", args);
        Assert.DoesNotContain(args, a => a.StartsWith("--llm-model", StringComparison.Ordinal));
    }

    [Fact]
    public void Operator_HasNoLlmArguments_ByDefault()
    {
        var args = RenderedChart.Render().Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Args;

        Assert.DoesNotContain(args, a => a.StartsWith("--llm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData]
    [InlineData("inference.enabled=true", "watchNamespaces={diabetes}")]
    [InlineData("llm.endpoint=https://llm.example.cn/v1", "llm.model=qwen2.5-14b-instruct")]
    public void Operator_AcceptsEveryArgumentTheChartPasses(params string[] sets)
    {
        var container = RenderedChart.Render(sets).Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0];

        var parsed = ContentOps.Operator.Cli.RootCommandFactory.Create().Parse([.. container.Command?.Skip(1) ?? [], .. container.Args]);

        Assert.True(parsed.Errors.Count == 0, string.Join("\n", parsed.Errors.Select(e => e.Message)));
        Assert.Equal("operator", parsed.CommandResult.Command.Name);
    }
}
