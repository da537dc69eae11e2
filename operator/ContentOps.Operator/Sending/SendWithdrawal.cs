using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Sending;

/// <summary>
/// Withdrawal reaching doctors: when a piece must not be live (deleted, expired, a withdrawn claim, a policy change),
/// every pending send of it is cancelled in one statement, so none starts afterwards, and every send that reached an
/// HCP is taken back where the channel can (WeChat mass/delete, the file moved aside, the CRM item removed) or
/// followed by the channel's correction where it cannot (e-mail, SMS; only when spec.withdrawalCorrection asks).
/// The audit log names the HCPs affected.
/// </summary>
internal sealed class SendWithdrawal(
    ISendLedger ledger, HcpChannelRegistry channels, IAuditLog audit, TimeProvider time, Func<string, HcpRecipient?>? directory = null, Observability.ContentOpsMetrics? metrics = null)
{
    /// <summary>Stops and takes back the piece's sends; throws the first channel failure after trying every send (the reconcile retries).</summary>
    public async Task<(int Cancelled, int Withdrawn)> WithdrawAsync(
        string pieceUid, string pieceRef, string reason, Func<string, ChannelTarget?> findChannel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findChannel);
        var now = time.GetUtcNow();
        var cancelled = await ledger.CancelPendingAsync(pieceUid, reason, now, cancellationToken).ConfigureAwait(false);
        var sent = (await ledger.ListForPieceAsync(pieceUid, cancellationToken).ConfigureAwait(false)).Where(e => e.State == SendStates.Sent).ToList();
        if (cancelled.Count == 0 && sent.Count == 0)
        {
            return (0, 0);
        }

        foreach (var entry in cancelled)
        {
            metrics?.HcpSendWithdrawals.WithLabels(entry.Channel, "cancelled").Inc();
        }

        var withdrawn = new List<SendEntry>();
        ChannelException? failure = null;
        foreach (var entry in sent)
        {
            var channel = findChannel(entry.Channel.Split('/')[^1]);
            var adapter = channel is null ? null : channels.Find(channel.Spec.Type);
            try
            {
                var result = WithdrawalResult.NotRetractable;
                if (channel is not null && adapter is not null)
                {
                    result = await adapter.WithdrawAsync(new HcpWithdrawal
                    {
                        IdempotencyKey = entry.IdempotencyKey,
                        Piece = pieceRef,
                        Channel = channel,
                        Recipient = directory?.Invoke(entry.Hcp) ?? new HcpRecipient { Id = entry.Hcp },
                        ExternalId = entry.ExternalId ?? entry.IdempotencyKey,
                        Reason = reason,
                        Correction = string.IsNullOrWhiteSpace(channel.Spec.WithdrawalCorrection) ? null : channel.Spec.WithdrawalCorrection,
                        Secret = channels.SecretFor(channel),
                    }, cancellationToken).ConfigureAwait(false);
                }

                await ledger.RecordWithdrawalAsync(entry.IdempotencyKey, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                metrics?.HcpSendWithdrawals.WithLabels(entry.Channel, result switch
                {
                    WithdrawalResult.Retracted => "retracted",
                    WithdrawalResult.CorrectionSent => "corrected",
                    _ => "not_retractable",
                }).Inc();
                withdrawn.Add(entry);
            }
            catch (ChannelException e)
            {
                failure ??= e;
            }
        }

        var hcps = cancelled.Concat(withdrawn).Select(e => e.Hcp).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (hcps.Count > 0)
        {
            await audit.AppendAsync(new AuditRecord
            {
                Time = now,
                Resource = $"ContentPiece/{pieceRef}",
                Action = "SendsWithdrawn",
                Message = $"{reason}: stopped {cancelled.Count} pending send(s) and withdrew {withdrawn.Count} sent one(s); HCPs affected ({hcps.Count}): {string.Join(", ", hcps)}.",
                ContentDigest = cancelled.Concat(withdrawn).Select(e => e.ContentDigest).FirstOrDefault(),
            }, cancellationToken).ConfigureAwait(false);
        }

        if (failure is not null)
        {
            throw failure;
        }

        return (cancelled.Count, withdrawn.Count);
    }
}
