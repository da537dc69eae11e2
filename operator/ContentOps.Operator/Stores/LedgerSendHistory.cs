using ContentOps.Core.Distribution;

namespace ContentOps.Operator.Stores;

/// <summary>The send ledger as the planner's <see cref="ISendHistory"/>: sends made (and later withdrawn) count against caps.</summary>
internal sealed class LedgerSendHistory(ISendLedger ledger) : ISendHistory
{
    public async Task<IReadOnlyList<SendRecord>> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await ledger.ListSentSinceAsync(since, cancellationToken).ConfigureAwait(false)).Select(e => new SendRecord
        {
            Hcp = e.Hcp,
            Channel = e.Channel.Split('/') is [_, var name] ? name : e.Channel,
            Piece = e.PieceRef.Split('/') is [var ns, var piece] ? new PieceRef(ns, piece) : new PieceRef("", e.PieceRef),
            SentAt = e.SentAt!.Value,
            ContentDigest = e.ContentDigest,
        })];
}
