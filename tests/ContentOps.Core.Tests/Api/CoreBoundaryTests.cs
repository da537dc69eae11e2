using System.Reflection;
using ContentOps.Core.Api;

namespace ContentOps.Core.Tests.Api;

public sealed class CoreBoundaryTests
{
    [Theory]
    [InlineData("KubernetesClient")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("LibGit2Sharp")]
    [InlineData("YamlDotNet")]
    public void CoreAssembly_DoesNotReference_InfrastructureLibrary(string forbidden)
    {
        var references = typeof(Resource).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(forbidden, references);
    }

    [Fact]
    public void EveryKind_HasResourceAttribute_AndUniquePlural()
    {
        var attributes = ResourceKinds.All.Select(t => t.GetCustomAttribute<ResourceAttribute>()).ToList();

        Assert.All(attributes, Assert.NotNull);
        Assert.Equal(attributes.Count, attributes.Select(a => a!.Plural).Distinct().Count());
    }
}
