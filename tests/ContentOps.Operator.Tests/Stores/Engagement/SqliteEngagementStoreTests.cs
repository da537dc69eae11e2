using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;
using Xunit.Abstractions;

namespace ContentOps.Operator.Tests.Stores.Engagement;

/// <summary>The engagement-store contract on state.db.</summary>
public sealed class SqliteEngagementStoreTests(ITestOutputHelper output) : EngagementStoreContract(output), IDisposable
{
    private readonly TempStateFolder _folder = new();
    private LocalStateStore? _state;

    protected override string Database => "SQLite";

    private protected override Task<(IEngagementStore Events, ISendLedger Sends)> OpenAsync()
    {
        _state ??= LocalStateStore.Open(_folder.Path);
        return Task.FromResult<(IEngagementStore, ISendLedger)>((_state.Events, _state.Sends));
    }

    public void Dispose()
    {
        _state?.Dispose();
        _folder.Dispose();
    }
}
