using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Publishes the current renditions to every channel exactly once (outbox before send, receipt after), then takes
/// down what the current content superseded. Also withdraws everything when the piece must not be live, including
/// what reached individual HCPs (<see cref="Sending.SendWithdrawal"/>).
/// </summary>
internal sealed class PublishStep(
    IArtifactStore artifacts,
    IPublicationLedger ledger,
    ChannelRegistry channels,
    ContentOpsMetrics metrics,
    TimeProvider time,
    Sending.SendWithdrawal? sends = null,
    IReadOnlyList<IWithdrawalHook>? withdrawalHooks = null)
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

        // The ledger is read once per piece and kept in step with every write below: a first run publishes tens of
        // thousands of renditions, and reading it again per rendition and per summary cost more than the sends.
        var entries = (await ledger.ListForPieceAsync(context.Uid, cancellationToken)).ToList();
        var due = new List<(RenditionRef Reference, ChannelTarget Channel, string Key)>();
        foreach (var reference in context.RenditionRefs)
        {
            var key = PublicationKeys.For(context.Uid, ChannelKey(reference), context.ContentDigest!);
            if (entries.Find(e => e.IdempotencyKey == key)?.State != LedgerStates.Published)
            {
                due.Add((reference, context.Channels.First(c => c.Metadata.Name == reference.Channel), key));
            }
        }

        // Every intent of the piece in one commit, durable before the first send.
        var intents = await ledger.RecordIntentsAsync([.. due.Select(d => new LedgerEntry
        {
            IdempotencyKey = d.Key,
            PieceUid = context.Uid,
            PieceRef = context.Piece.Key.ToString(),
            Channel = ChannelKey(d.Reference),
            ContentDigest = context.ContentDigest!,
            CreatedAt = time.GetUtcNow(),
        })], cancellationToken);
        foreach (var intent in intents)
        {
            Replace(entries, intent);
        }

        var renditions = context.Renditions.Count > 0 ? context.Renditions : null;
        foreach (var (reference, channel, key) in due)
        {
            var rendition = renditions?.FirstOrDefault(r => r.Channel == reference.Channel && r.Segment == reference.Segment)
                ?? await RenditionParser.LoadAsync(artifacts, reference, context.Piece.Spec.Format, cancellationToken);
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
                Replace(entries, entries.Find(e => e.IdempotencyKey == key)! with
                {
                    State = LedgerStates.Published,
                    ExternalId = receipt.ExternalId,
                    PublishedAt = receipt.AcceptedAt,
                });
                metrics.Publications.WithLabels(channel.Metadata.Name, channel.Spec.Type).Inc();
                RecordCycleTime(context, receipt.AcceptedAt);
            }
            catch (ChannelException e)
            {
                metrics.PublishErrors.WithLabels(channel.Metadata.Name).Inc();
                context.Publications = Records(context, entries);
                return e.Permanent
                    ? StepOutcome.Stall(ConditionReasons.ChannelError, $"Channel {channel.Metadata.Name} refused the content: {e.Message}")
                    : StepOutcome.Fail(ConditionReasons.ChannelError, $"Channel {channel.Metadata.Name} failed: {e.Message}", e);
            }
        }

        foreach (var entry in entries.ToList())
        {
            if (entry.State == LedgerStates.Published && entry.ContentDigest != context.ContentDigest)
            {
                Replace(entries, await WithdrawAsync(context, entry, "Superseded", cancellationToken));
            }
        }

        context.Publications = Records(context, entries);
        context.Published = true;
        return StepOutcome.Continue;
    }

    /// <summary>
    /// Withdraws every live publication of the piece (deleted, expired, no longer compliant) and refreshes
    /// <see cref="PieceContext.Publications"/>, so the status stops calling them live.
    /// </summary>
    public async Task WithdrawAllAsync(PieceContext context, string reason, CancellationToken cancellationToken)
    {
        var entries = (await ledger.ListForPieceAsync(context.Uid, cancellationToken)).ToList();
        var withdrawn = new List<string>();
        foreach (var entry in entries.ToList())
        {
            if (entry.State is LedgerStates.Published or LedgerStates.Pending)
            {
                Replace(entries, await WithdrawAsync(context, entry, reason, cancellationToken));
                withdrawn.Add(entry.Channel);
            }
        }

        context.Publications = Records(context, entries);

        // The single place content stops being live: per-HCP sends stop and come back here too.
        if (sends is not null)
        {
            await sends.WithdrawAsync(context.Uid, $"{context.Namespace}/{context.Piece.Metadata.Name}", reason,
                name => context.Channels.FirstOrDefault(c => c.Metadata.Name == name) ?? channels.Find(context.Namespace, name), cancellationToken);
        }

        if (withdrawalHooks is { Count: > 0 } && (withdrawn.Count > 0 || context.Previous.Phase != PhaseOf(reason)))
        {
            var notice = new PieceWithdrawal(context.Piece.Key, context.Uid, reason, context.RetractedClaims, withdrawn,
                context.Previous.ContentDigest ?? context.ContentDigest, time.GetUtcNow(),
                WasLive: withdrawn.Count > 0 || context.Previous.Phase == ContentPiecePhase.Published
                    || context.Previous.Publications?.Any(p => p.WithdrawnAt is null) == true);
            foreach (var hook in withdrawalHooks)
            {
                await hook.OnWithdrawnAsync(notice, cancellationToken);
            }
        }
    }

    /// <summary>The phase a withdrawal reason leaves the piece in (a deleted piece disappears; no phase repeats).</summary>
    private static string? PhaseOf(string reason) => reason switch
    {
        ContentPiecePhase.Expired => ContentPiecePhase.Expired,
        ConditionReasons.ClaimWithdrawn => ContentPiecePhase.Withdrawn,
        "NoLongerCompliant" => ContentPiecePhase.ReviewFailed,
        _ => null,
    };

    /// <summary>Takes one publication down; returns the entry as the ledger now holds it.</summary>
    private async Task<LedgerEntry> WithdrawAsync(PieceContext context, LedgerEntry entry, string reason, CancellationToken cancellationToken)
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

        var withdrawnAt = time.GetUtcNow();
        await ledger.RecordWithdrawalAsync(entry.IdempotencyKey, withdrawnAt, cancellationToken);
        metrics.Withdrawals.WithLabels(channelName, reason).Inc();
        return entry with { State = LedgerStates.Withdrawn, WithdrawnAt = withdrawnAt };
    }

    private static void Replace(List<LedgerEntry> entries, LedgerEntry entry)
    {
        var index = entries.FindIndex(e => e.IdempotencyKey == entry.IdempotencyKey);
        if (index >= 0)
        {
            entries[index] = entry;
        }
        else
        {
            entries.Add(entry);
        }
    }

    private static IReadOnlyList<PublicationRecord> Records(PieceContext context, IReadOnlyList<LedgerEntry> entries) =>
        [.. entries
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
        if (context.Previous.Publications is not { Count: > 0 } && Analytics.Kpis.PieceDeclarations.FirstDeclared(context.Piece) is { } declared)
        {
            metrics.CycleTime.WithLabels(context.Piece.Spec.Campaign).Observe(Math.Max(0, (publishedAt - declared.At).TotalSeconds));
        }
    }

    private static string ChannelKey(RenditionRef reference) =>
        reference.Segment is null ? reference.Channel : $"{reference.Channel}/{reference.Segment}";
}
