using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Publishes the current renditions to every channel exactly once (outbox before send, receipt after), then takes
/// down what the current content superseded. Also withdraws everything when the piece must not be live.
/// </summary>
internal sealed class PublishStep(IArtifactStore artifacts, IPublicationLedger ledger, ChannelRegistry channels, ContentOpsMetrics metrics, TimeProvider time)
{
    public async Task<StepOutcome> RunAsync(PieceContext context, CancellationToken cancellationToken)
    {
        if (context.TerminalPhase is not null)
        {
            await WithdrawAllAsync(context, context.TerminalPhase, cancellationToken);
            return StepOutcome.Continue;
        }

        if (AlreadyLive(context))
        {
            context.Publications = context.Previous.Publications!;
            context.Published = true;
            return StepOutcome.Continue;
        }

        var renditions = context.Renditions.Count > 0 ? context.Renditions : null;
        foreach (var reference in context.RenditionRefs)
        {
            var channel = context.Channels.First(c => c.Metadata.Name == reference.Channel);
            var key = PublicationKeys.For(context.Uid, ChannelKey(reference), context.ContentDigest!);
            var entry = await ledger.FindAsync(key, cancellationToken);
            if (entry?.State == LedgerStates.Published)
            {
                continue;
            }

            var rendition = renditions?.FirstOrDefault(r => r.Channel == reference.Channel && r.Segment == reference.Segment)
                ?? RenditionParser.Parse(await artifacts.GetAsync(reference.Digest, cancellationToken) ?? "", reference, context.Piece.Spec.Format);
            await ledger.RecordIntentAsync(new LedgerEntry
            {
                IdempotencyKey = key,
                PieceUid = context.Uid,
                PieceRef = context.Piece.Key.ToString(),
                Channel = ChannelKey(reference),
                ContentDigest = context.ContentDigest!,
                CreatedAt = time.GetUtcNow(),
            }, cancellationToken);
            try
            {
                var receipt = await channels.Get(channel.Spec.Type).PublishAsync(new PublishRequest
                {
                    IdempotencyKey = key,
                    Piece = $"{context.Namespace}/{context.Piece.Metadata.Name}",
                    Channel = channel,
                    Rendition = rendition,
                    ContentDigest = context.ContentDigest!,
                    Secret = channels.SecretFor(channel),
                }, cancellationToken);
                await ledger.RecordReceiptAsync(key, receipt.ExternalId, receipt.AcceptedAt, cancellationToken);
                metrics.Publications.WithLabels(channel.Metadata.Name, channel.Spec.Type).Inc();
                RecordCycleTime(context, receipt.AcceptedAt);
            }
            catch (ChannelException e)
            {
                metrics.PublishErrors.WithLabels(channel.Metadata.Name).Inc();
                context.Publications = await RecordsAsync(context, cancellationToken);
                return e.Permanent
                    ? StepOutcome.Stall(ConditionReasons.ChannelError, $"Channel {channel.Metadata.Name} refused the content: {e.Message}")
                    : StepOutcome.Fail(ConditionReasons.ChannelError, $"Channel {channel.Metadata.Name} failed: {e.Message}", e);
            }
        }

        await WithdrawSupersededAsync(context, cancellationToken);
        context.Publications = await RecordsAsync(context, cancellationToken);
        context.Published = true;
        return StepOutcome.Continue;
    }

    /// <summary>
    /// Withdraws every live publication of the piece (deleted, expired, no longer compliant) and refreshes
    /// <see cref="PieceContext.Publications"/> from the ledger, so the status stops calling them live.
    /// </summary>
    public async Task WithdrawAllAsync(PieceContext context, string reason, CancellationToken cancellationToken)
    {
        foreach (var entry in await ledger.ListForPieceAsync(context.Uid, cancellationToken))
        {
            if (entry.State is LedgerStates.Published or LedgerStates.Pending)
            {
                await WithdrawAsync(context, entry, reason, cancellationToken);
            }
        }

        context.Publications = await RecordsAsync(context, cancellationToken);
    }

    private async Task WithdrawSupersededAsync(PieceContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in await ledger.ListForPieceAsync(context.Uid, cancellationToken))
        {
            if (entry.State == LedgerStates.Published && entry.ContentDigest != context.ContentDigest)
            {
                await WithdrawAsync(context, entry, "Superseded", cancellationToken);
            }
        }
    }

    private async Task WithdrawAsync(PieceContext context, LedgerEntry entry, string reason, CancellationToken cancellationToken)
    {
        var channelName = entry.Channel.Split('/')[0];
        var channel = context.Channels.FirstOrDefault(c => c.Metadata.Name == channelName) ?? channels.Find(context.Namespace, channelName);
        if (channel is not null)
        {
            await channels.Get(channel.Spec.Type).WithdrawAsync(new WithdrawRequest
            {
                IdempotencyKey = entry.IdempotencyKey,
                Piece = $"{context.Namespace}/{context.Piece.Metadata.Name}",
                Channel = channel,
                ExternalId = entry.ExternalId,
                Reason = reason,
                Secret = channels.SecretFor(channel),
            }, cancellationToken);
        }

        await ledger.RecordWithdrawalAsync(entry.IdempotencyKey, time.GetUtcNow(), cancellationToken);
        metrics.Withdrawals.WithLabels(reason).Inc();
    }

    private async Task<IReadOnlyList<PublicationRecord>> RecordsAsync(PieceContext context, CancellationToken cancellationToken) =>
        [.. (await ledger.ListForPieceAsync(context.Uid, cancellationToken))
            .Where(e => e.State == LedgerStates.Published || e.ContentDigest == context.ContentDigest)
            .Select(e => new PublicationRecord
            {
                Channel = e.Channel,
                ContentDigest = e.ContentDigest,
                ExternalId = e.ExternalId,
                PublishedAt = e.PublishedAt,
                WithdrawnAt = e.WithdrawnAt,
            })];

    /// <summary>
    /// The status mirrors the ledger: when it already says every rendition of this digest is live, the ledger need
    /// not be read (the no-op rerun path). A crash before the status write leaves the phase behind, so the ledger is consulted.
    /// </summary>
    private static bool AlreadyLive(PieceContext context)
    {
        var previous = context.Previous;
        if (previous.Phase != ContentPiecePhase.Published || previous.ContentDigest != context.ContentDigest || previous.Publications is null)
        {
            return false;
        }

        var live = previous.Publications.Where(p => p.WithdrawnAt is null && p.ContentDigest == context.ContentDigest)
            .Select(p => p.Channel).ToHashSet(StringComparer.Ordinal);
        return context.RenditionRefs.All(r => live.Contains(ChannelKey(r)));
    }

    private void RecordCycleTime(PieceContext context, DateTimeOffset publishedAt)
    {
        if (context.Previous.Publications is not { Count: > 0 } && context.Piece.Metadata.CreationTimestamp is { } created)
        {
            metrics.CycleTime.WithLabels(context.Piece.Spec.Campaign).Observe(Math.Max(0, (publishedAt - created).TotalSeconds));
        }
    }

    private static string ChannelKey(RenditionRef reference) =>
        reference.Segment is null ? reference.Channel : $"{reference.Channel}/{reference.Segment}";
}
