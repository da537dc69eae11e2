using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using Microsoft.Extensions.DependencyInjection;

namespace ContentOps.Operator.Tests.Stores.Local;

public sealed class LocalStoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddLocalStateStore_ResolvesEveryStoreFromOneFolder_AndReleasesItWithTheContainer()
    {
        using (var provider = new ServiceCollection().AddLocalStateStore(_folder.Path).BuildServiceProvider())
        {
            var state = provider.GetRequiredService<LocalStateStore>();
            Assert.Same(state.Resources, provider.GetRequiredService<IResourceStore>());
            Assert.Same(state.Ledger, provider.GetRequiredService<IPublicationLedger>());
            Assert.Same(state.Audit, provider.GetRequiredService<IAuditLog>());
            Assert.Same(state.Artifacts, provider.GetRequiredService<IArtifactStore>());
        }

        using var reopened = LocalStateStore.Open(_folder.Path);
    }
}
