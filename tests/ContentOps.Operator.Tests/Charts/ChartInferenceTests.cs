using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

public sealed class ChartInferenceTests
{
    [Fact]
    public void Inference_RequestsGpusOnGpuNodes()
    {
        var chart = RenderedChart.Render("inference.enabled=true", "inference.gpu.count=2", "inference.model=Qwen/Qwen2.5-14B-Instruct");
        var deployment = chart.Single<V1Deployment>("contentops-inference");
        var pod = deployment.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);

        Assert.Equal("2", container.Resources.Limits["nvidia.com/gpu"].ToString());
        Assert.Equal("2", container.Resources.Requests["nvidia.com/gpu"].ToString());
        Assert.Equal("32Gi", container.Resources.Limits["memory"].ToString());
        Assert.Equal("true", pod.NodeSelector["nvidia.com/gpu.present"]);
        var toleration = Assert.Single(pod.Tolerations);
        Assert.Equal(("nvidia.com/gpu", "Exists", "NoSchedule"), (toleration.Key, toleration.OperatorProperty, toleration.Effect));
        Assert.Contains("--model=Qwen/Qwen2.5-14B-Instruct", container.Args);
        Assert.Contains("--port=8000", container.Args);
        Assert.Contains("--tensor-parallel-size=2", container.Args);
        Assert.Equal("Memory", pod.Volumes.Single(v => v.Name == "shm").EmptyDir.Medium);
        Assert.Equal("Recreate", deployment.Spec.Strategy.Type);
    }

    [Fact]
    public void Inference_ServiceExposesPort8000ToTheInferencePodsOnly()
    {
        var chart = RenderedChart.Render("inference.enabled=true");
        var service = chart.Single<V1Service>("contentops-inference");
        var deployment = chart.Single<V1Deployment>("contentops-inference");
        var operatorPods = chart.Single<V1Deployment>("contentops").Spec.Template.Metadata.Labels;

        Assert.Equal(8000, Assert.Single(service.Spec.Ports).Port);
        Assert.All(service.Spec.Selector, l => Assert.Equal(l.Value, deployment.Spec.Template.Metadata.Labels[l.Key]));
        Assert.False(service.Spec.Selector.All(l => operatorPods.TryGetValue(l.Key, out var v) && v == l.Value));
    }

    [Fact]
    public void Inference_HonoursCustomNodeSelectorAndTolerations()
    {
        var pod = RenderedChart.Render(
                "inference.enabled=true",
                "inference.gpu.nodeSelector={node.kubernetes.io/instance-type: gn7i}",
                "inference.gpu.tolerations=[{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]")
            .Single<V1Deployment>("contentops-inference").Spec.Template.Spec;

        Assert.Equal("gn7i", pod.NodeSelector["node.kubernetes.io/instance-type"]);
        Assert.Equal(("dedicated", "gpu"), (pod.Tolerations[0].Key, pod.Tolerations[0].Value));
    }
}
