using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution;
using ContentOps.Core.Generation;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Sending;

/// <summary>
/// Executes send plans: every due send becomes a durable outbox entry (idempotency key hash(piece uid, hcp, channel,
/// contentDigest)) before its channel is called, and its receipt is durable before the next batch starts, so a kill -9
/// at any point leads at most to a resend under the same key and never to a lost receipt. Adapters that reach
/// recipients one by one report each accepted send (<see cref="HcpSendBatch.Accepted"/>), whose receipt is durable
/// before the next send starts: a kill resends at most the sends in flight, one per concurrent batch. Per channel: the declared
/// rate limit (counted in the ledger over its window, so it holds across runs), a bounded number of batches in
/// flight, and isolation: a dead, failing or rate-limited channel is marked degraded and waits, the others go on.
/// </summary>
internal sealed class SendExecutor(ISendLedger ledger, HcpChannelRegistry channels, ChannelHealth health, TimeProvider time, Observability.ContentOpsMetrics? metrics = null)
{
    private const int DefaultConcurrency = 4;

    /// <summary>Largest batch one adapter call gets (WeChat mass send takes up to 10,000 openIds; others loop).</summary>
    private const int BatchSize = 500;

    public async Task<SendReport> ExecuteAsync(
        IReadOnlyList<PieceDispatch> pieces, Func<string, string, ChannelTarget?> findChannel, Func<string, HcpProfile?> findProfile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(findChannel);
        ArgumentNullException.ThrowIfNull(findProfile);
        var now = time.GetUtcNow();
        var tally = new SendTally();
        var work = new List<(PieceDispatch Piece, ChannelTarget Channel, Rendition Rendition, HcpSend Send)>();
        foreach (var piece in pieces)
        {
            var due = new List<(PlannedSend Plan, ChannelTarget Channel, Rendition Rendition, HcpSend Send)>();
            foreach (var plan in piece.Sends.Where(s => s.ContentDigest == piece.ContentDigest))
            {
                if (plan.SendAt > now)
                {
                    tally.Defer(plan.SendAt);
                    continue;
                }

                if (findChannel(piece.Piece.Namespace, plan.Channel) is not { } channel || channels.Find(channel.Spec.Type) is null
                    || Rendition(piece, plan) is not { } rendition || findProfile(plan.Hcp) is not { } profile)
                {
                    continue;
                }

                var channelKey = Key(channel);
                due.Add((plan, channel, rendition, new HcpSend(HcpSendKeys.For(piece.PieceUid, plan.Hcp, channelKey, piece.ContentDigest), Recipient(profile, plan))));
            }

            if (due.Count == 0)
            {
                continue;
            }

            // Every intent of the piece in one commit, durable before the first send.
            var stored = await ledger.RecordIntentsAsync([.. due.Select(d => new SendEntry
            {
                IdempotencyKey = d.Send.IdempotencyKey,
                PieceUid = piece.PieceUid,
                PieceRef = piece.Piece.ToString(),
                Hcp = d.Plan.Hcp,
                Channel = Key(d.Channel),
                ContentDigest = piece.ContentDigest,
                Segment = d.Plan.Segment,
                CreatedAt = now,
                DueAt = d.Plan.SendAt,
            })], cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < due.Count; i++)
            {
                if (stored[i].State == SendStates.Pending)
                {
                    work.Add((piece, due[i].Channel, due[i].Rendition, due[i].Send));
                }
            }
        }

        await Task.WhenAll(work.GroupBy(w => Key(w.Channel)).Select(group => SendOnChannelAsync(
            group.First().Channel, [.. group.Select(g => (g.Piece, g.Rendition, g.Send))], tally, now, cancellationToken))).ConfigureAwait(false);
        return tally.ToReport();
    }

    private async Task SendOnChannelAsync(
        ChannelTarget channel, IReadOnlyList<(PieceDispatch Piece, Rendition Rendition, HcpSend Send)> sends, SendTally tally, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // An open circuit is not checked here: the pipeline refuses at once while it is open and lets a trial call
        // through after the break, which is how the channel recovers by itself.
        var key = Key(channel);
        var allowed = sends.Count;
        if (channel.Spec.RateLimit is { } limit && RateWindow.Parse(limit.Per) is { } window)
        {
            // A rolling window: a send made exactly one window ago no longer counts (1 ms: PostgreSQL keeps microseconds).
            var since = now - window + TimeSpan.FromMilliseconds(1);
            allowed = Math.Max(0, Math.Min(allowed, limit.Count - await ledger.CountSentAsync(key, since, cancellationToken).ConfigureAwait(false)));
            if (allowed < sends.Count)
            {
                tally.Wait(key, sends.Count - allowed, now + window / Math.Max(1, limit.Count));
            }
        }

        var batches = new List<(PieceDispatch Piece, Rendition Rendition, HcpSend Send)[]>();
        foreach (var group in sends.Take(allowed).GroupBy(s => (s.Piece.PieceUid, s.Rendition)))
        {
            var due = group.ToList();
            if (channel.Spec.Type != "wechat")
            {
                batches.AddRange(due.Chunk(Math.Max(1, (due.Count + Concurrency(channel) - 1) / Concurrency(channel))));
            }
            else if (due.Count < MassSendBatches.MinRecipients && channel.Spec.TemplateId is { Length: > 0 })
            {
                // A mass send needs two openIds: the lone recipient gets the template message in this pass (no wait).
                batches.Add([.. due]);
            }
            else if (due.Count < MassSendBatches.MinRecipients)
            {
                // No template to reach one HCP with: the send stays pending (a second due HCP makes a mass send) and
                // the run says why, so nobody waits unnoticed.
                tally.Hold(due.Count);
                tally.Note($"skipped: {Core.Publishing.WeChat.WeChatChannel.LoneRecipient} (ChannelTarget {key}, piece {due[0].Piece.Piece}, HCP {due[0].Send.Recipient.Id} pending)");
                metrics?.HcpSends.WithLabels(key, "waiting").Inc(due.Count);
            }
            else
            {
                batches.AddRange(MassSendBatches.Split(due, BatchSize));
            }
        }
        using var gate = new SemaphoreSlim(Concurrency(channel));
        await Task.WhenAll(batches.Select(async batch =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await SendBatchAsync(channel, batch, tally, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
    }

    private async Task SendBatchAsync(ChannelTarget channel, (PieceDispatch Piece, Rendition Rendition, HcpSend Send)[] batch, SendTally tally, CancellationToken cancellationToken)
    {
        var key = Key(channel);
        var piece = batch[0].Piece;
        var outcomes = await channels.Find(channel.Spec.Type)!.SendAsync(new HcpSendBatch
        {
            Piece = piece.Piece.ToString(),
            ContentDigest = piece.ContentDigest,
            Channel = channel,
            Rendition = batch[0].Rendition,
            Sends = [.. batch.Select(b => b.Send)],
            PublicationId = piece.PublicationIds.GetValueOrDefault(channel.Metadata.Name),
            Secret = channels.SecretFor(channel),
            Unsubscribe = channels.Unsubscribe,
            // Per-recipient adapters report each accepted send at once: its receipt is durable before the next send.
            Accepted = (outcome, token) => ledger.RecordReceiptsAsync([new SendReceiptRecord(outcome.IdempotencyKey, outcome.Receipt!.ExternalId, outcome.Receipt.AcceptedAt)], token),
        }, cancellationToken).ConfigureAwait(false);

        // Receipts already recorded one by one are no longer pending, so recording them again changes nothing (WeChat's
        // mass send reports the whole batch here).
        var receipts = outcomes.Where(o => o.Receipt is not null).Select(o => new SendReceiptRecord(o.IdempotencyKey, o.Receipt!.ExternalId, o.Receipt.AcceptedAt)).ToList();
        await ledger.RecordReceiptsAsync(receipts, cancellationToken).ConfigureAwait(false);
        tally.Sent(key, receipts.Count);
        metrics?.HcpSends.WithLabels(key, "sent").Inc(receipts.Count);
        ChannelException? channelWide = null;
        foreach (var failure in outcomes.Where(o => o.Error is not null))
        {
            await ledger.RecordFailureAsync(failure.IdempotencyKey, failure.Error!.Message, failure.Error.Permanent, cancellationToken).ConfigureAwait(false);
            metrics?.HcpSends.WithLabels(key, failure.Error.Permanent ? "failed" : "waiting").Inc();
            if (failure.Error.Permanent)
            {
                tally.Fail();
            }
            else
            {
                channelWide ??= failure.Error;
                tally.Wait(key, 1, time.GetUtcNow() + (failure.Error.RetryAfter ?? channels.Pipelines.Options.BreakDuration));
            }
        }

        if (channelWide is not null)
        {
            var reason = channelWide.EndpointDown ? "EndpointDown" : channelWide.RateLimited ? "RateLimited" : "SendFailed";
            health.Degrade(key, reason, channelWide.Message, time.GetUtcNow());
            tally.Degrade(key, channelWide.Message);
        }
        else if (receipts.Count > 0)
        {
            health.Recover(key);
        }
    }

    private static int Concurrency(ChannelTarget channel) => channel.Spec.Concurrency ?? DefaultConcurrency;

    private static Rendition? Rendition(PieceDispatch piece, PlannedSend plan) =>
        piece.Renditions.FirstOrDefault(r => r.Channel == plan.Channel && r.Segment == plan.Segment)
        ?? piece.Renditions.FirstOrDefault(r => r.Channel == plan.Channel && r.Segment is null)
        ?? piece.Renditions.FirstOrDefault(r => r.Channel == plan.Channel);

    private static HcpRecipient Recipient(HcpProfile profile, PlannedSend plan) => new()
    {
        Id = profile.Id,
        Name = profile.Name,
        Title = profile.Title,
        Email = profile.Email,
        Mobile = profile.Mobile,
        WechatOpenId = profile.WeChatOpenId,
        RepId = profile.RepId,
        Personalized = plan.Personalized,
    };

    private static string Key(ChannelTarget channel) => $"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}";
}
