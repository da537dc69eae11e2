using ContentOps.Core.Distribution;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// The sends already made, as the state folder's send ledger records them: what <c>sends plan</c>, <c>nba</c> and
/// <c>plan</c> count against caps (and treat as already sent), so a plan after a run agrees with the next run. Read-only
/// (works beside a <c>run --watch</c>); no state folder yet means no history.
/// </summary>
internal static class StateSendHistory
{
    public static async Task<ISendHistory> ReadAsync(string stateFolder, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(stateFolder, LocalStateStore.DatabaseFileName)))
        {
            return new InMemorySendHistory();
        }

        using var state = LocalStateStore.Open(stateFolder, new LocalStateOptions { ReadOnly = true, Untouched = true });
        return new InMemorySendHistory(await new LedgerSendHistory(state.Sends).SentSinceAsync(since, cancellationToken).ConfigureAwait(false));
    }
}
