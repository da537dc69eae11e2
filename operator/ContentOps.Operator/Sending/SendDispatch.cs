using ContentOps.Core.Api;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Generation;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Sending;

/// <summary>
/// A published piece reaching doctors: plans per-HCP sends across every published piece (the send planner, with the
/// ledger's history counting against caps) and executes the due ones through the ledger and the channel adapters.
/// Runs after the reconcilers are idle (every <c>contentops run</c>, and periodically in the operator), since caps span
/// pieces and a per-piece reconcile cannot see the other pieces' sends.
/// </summary>
internal sealed class SendDispatch(
    IResourceStore store, IArtifactStore artifacts, IPublicationLedger publications, ISendLedger ledger, SendExecutor executor,
    ISecretResolver secrets, string declarationsRoot, TimeProvider time, SuggestionPush? suggestions = null, Analytics.Prediction.EffectModelRuntime? effect = null)
{
    public async Task<SendReport> RunAsync(CancellationToken cancellationToken)
    {
        // The common case of a run without audience profiles or without a channel that sends per HCP (every run-10k:
        // its file channels do not opt in) costs two lists.
        if (!store.List("Audience").OfType<Audience>().Any(a => a.Spec.Profiles is not null)
            || !store.List("ChannelTarget").OfType<ChannelTarget>().Any(c => SendsPerHcp(c) && ConsentChannels.For(c.Spec) is not null))
        {
            return SendReport.Empty;
        }

        var published = StorePlanInput.Published(store);
        if (published.Count == 0)
        {
            return SendReport.Empty;
        }

        // The closed loop: retrain when the schedule says so, then let the learning allocator place the sends.
        var training = effect is null ? null : await effect.TrainIfDueAsync(cancellationToken).ConfigureAwait(false);
        var sendTimes = effect is null ? null : await effect.SendTimesAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var (input, reads) = await StorePlanInput.BuildAsync(store, published, ledger, secrets, declarationsRoot, now, cancellationToken, sendTimes).ConfigureAwait(false);
        var plan = SendPlanner.Plan(input);
        var profiles = new Dictionary<string, HcpProfile>(StringComparer.Ordinal);
        foreach (var profile in reads.Values.SelectMany(r => r.Profiles))
        {
            profiles.TryAdd(profile.Id, profile);
        }

        var dispatches = new List<PieceDispatch>();
        foreach (var piece in published)
        {
            var key = new PieceRef(piece.Metadata.EffectiveNamespace, piece.Metadata.Name);
            var sends = plan.Sends.Where(s => s.Piece == key).ToList();
            if (sends.Count == 0)
            {
                continue;
            }

            var renditions = new List<Rendition>();
            foreach (var reference in piece.Status!.Renditions!)
            {
                renditions.Add(await RenditionParser.LoadAsync(artifacts, reference, piece.Spec.Format, cancellationToken).ConfigureAwait(false));
            }

            var uid = piece.Metadata.Uid ?? key.ToString();
            var ids = (await publications.ListForPieceAsync(uid, cancellationToken).ConfigureAwait(false))
                .Where(e => e.State == LedgerStates.Published && e.ContentDigest == piece.Status.ContentDigest && e.ExternalId is not null)
                .GroupBy(e => e.Channel.Split('/')[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().ExternalId!, StringComparer.Ordinal);
            dispatches.Add(new PieceDispatch
            {
                PieceUid = uid,
                Piece = key,
                ContentDigest = piece.Status.ContentDigest!,
                Renditions = renditions,
                Sends = sends,
                PublicationIds = ids,
            });
        }

        var report = await executor.ExecuteAsync(dispatches, (ns, name) => store.Get(new ResourceKey("ChannelTarget", ns, name)) as ChannelTarget,
            id => profiles.GetValueOrDefault(id), cancellationToken).ConfigureAwait(false);
        var alreadySent = plan.Skips.Count(s => s.Rule == SkipRules.AlreadySent);
        var cards = suggestions is null ? 0 : await suggestions.PushAsync(store, input, plan, cancellationToken).ConfigureAwait(false);
        return report with
        {
            Skipped = plan.Skips.Count - alreadySent,
            AlreadySent = alreadySent,
            SuggestionsPushed = cards,
            EffectModel = training is { Changed: true } ? training.Message : null,
        };
    }

    private static bool SendsPerHcp(ChannelTarget channel) => StorePlanInput.SendsPerHcp(channel);
}
