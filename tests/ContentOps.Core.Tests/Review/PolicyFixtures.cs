using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContentOps.Core.Tests.Review;

/// <summary>The real China policy from examples/, and one reviewer shared by the tests so it is compiled once.</summary>
internal static class PolicyFixtures
{
    public static string ChinaPolicyPath { get; } = Path.Combine(RepositoryRoot.Path, "examples", "policies", "china-drug-advertising.yaml");

    public static SopPolicy ChinaPolicy { get; } = LoadPolicy(File.ReadAllText(ChinaPolicyPath));

    public static ContentReviewer Reviewer { get; } = new();

    public static SopPolicy LoadPolicy(string yaml) => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeTypeResolver(new ReadOnlyInterfaces())
        .Build()
        .Deserialize<SopPolicy>(yaml);

    public static SopPolicy Policy(string name, params SopRule[] rules) => new()
    {
        Metadata = new() { Name = name },
        Spec = new SopPolicySpec { Rules = rules },
    };

    private sealed class ReadOnlyInterfaces : INodeTypeResolver
    {
        public bool Resolve(NodeEvent? nodeEvent, ref Type currentType)
        {
            if (currentType.IsGenericType && currentType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                currentType = typeof(List<>).MakeGenericType(currentType.GetGenericArguments());
                return true;
            }

            if (currentType.IsGenericType && currentType.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                currentType = typeof(Dictionary<,>).MakeGenericType(currentType.GetGenericArguments());
                return true;
            }

            return false;
        }
    }
}
