using ContentOps.Operator.Crds;
using k8s;
using k8s.Models;

namespace ContentOps.Operator.Tests.Crds;

/// <summary>The CRD files committed in <c>crds/</c>, read once.</summary>
internal static class CommittedCrds
{
    public static string Folder { get; } = RepositoryRoot.Combine("crds");

    private static readonly Lazy<IReadOnlyDictionary<string, V1CustomResourceDefinition>> _byKind = new(() =>
        Files().Select(path => KubernetesYaml.Deserialize<V1CustomResourceDefinition>(File.ReadAllText(path)))
            .ToDictionary(crd => crd.Spec.Names.Kind, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, V1CustomResourceDefinition> ByKind => _byKind.Value;

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>Kind names for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var crd in CrdGenerator.ForCoreApi().GenerateAll())
        {
            data.Add(crd.Kind);
        }

        return data;
    }
}
