using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Stores.Sends;

/// <summary>The send-ledger contract on state.db; every open is a new process's view (the previous store is closed).</summary>
public sealed class SqliteSendLedgerTests : SendLedgerContract, IDisposable
{
    private readonly TempStateFolder _folder = new();
    private LocalStateStore? _state;

    private protected override Task<ISendLedger> OpenAsync()
    {
        _state?.Dispose();
        _state = LocalStateStore.Open(_folder.Path);
        return Task.FromResult<ISendLedger>(_state.Sends);
    }

    public void Dispose()
    {
        _state?.Dispose();
        _folder.Dispose();
    }
}
