using k8s;
using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

/// <summary>
/// A rendered chart: every document loaded strictly (an unknown field fails) into the KubernetesClient model of
/// its kind, ServiceMonitor into <see cref="ServiceMonitor"/>.
/// </summary>
internal sealed class RenderedChart
{
    private static readonly Dictionary<string, Type> _types = TypeMap();

    private RenderedChart(IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects) => Objects = objects;

    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; }

    public static RenderedChart Render(params string[] sets) => Load(HelmRenderer.Render(sets));

    public static RenderedChart Load(string yaml) =>
        new([.. KubernetesYaml.LoadAllFromString(yaml, _types, strict: true).Cast<IKubernetesObject<V1ObjectMeta>>()]);

    /// <summary>apiVersion/kind to model type for every KubernetesClient model, plus ServiceMonitor.</summary>
    private static Dictionary<string, Type> TypeMap()
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal) { [ServiceMonitor.TypeKey] = typeof(ServiceMonitor) };
        foreach (var type in typeof(V1Pod).Assembly.GetTypes())
        {
            if (type.GetCustomAttributes(typeof(KubernetesEntityAttribute), false).FirstOrDefault() is KubernetesEntityAttribute entity)
            {
                var apiVersion = string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
                map.TryAdd($"{apiVersion}/{entity.Kind}", type);
            }
        }

        return map;
    }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public T Single<T>(string name)
        where T : IKubernetesObject<V1ObjectMeta> =>
        Assert.Single(Objects.OfType<T>(), o => o.Metadata.Name == name);
}
