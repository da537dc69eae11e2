using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Profiles;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Sending;

/// <summary>
/// The send-plan input from a resource store (the applied state of a run, or the cluster's caches): the published
/// pieces, the ledger's sends of the last 93 days counting against caps, and the suppression list. Used to execute
/// send plans and to rank suggestions where the operator and <c>run --watch</c> serve them.
/// </summary>
internal static class StorePlanInput
{
    /// <summary>How far back the ledger is read for caps: longer than any cap window in use.</summary>
    private static readonly TimeSpan _history = TimeSpan.FromDays(93);

    /// <summary>Published pieces with content, in key order.</summary>
    public static List<ContentPiece> Published(IResourceStore store) =>
        [.. store.List("ContentPiece").OfType<ContentPiece>()
            .Where(p => p.Metadata.DeletionTimestamp is null && p.Status is { Phase: ContentPiecePhase.Published, ContentDigest: not null, Renditions: not null })
            .OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)];

    public static async Task<(SendPlanInput Input, IReadOnlyDictionary<string, ProfileReadResult> Reads)> BuildAsync(
        IResourceStore store, IReadOnlyList<ContentPiece> published, ISendLedger ledger, ISecretResolver secrets, string declarationsRoot,
        DateTimeOffset now, CancellationToken cancellationToken, Core.Distribution.Planning.ISendChooser? sendTimes = null)
    {
        // A file channel that does not opt in is left out of the plan: it writes pieces, never a file per doctor.
        var resources = ResourceKinds.All.Select(Resource.KindOf).SelectMany(kind => store.List(kind))
            .Where(r => r.Metadata.DeletionTimestamp is null && (r is not ChannelTarget channel || SendsPerHcp(channel)))
            .ToList();
        var live = published.Select(p => new DistributionPiece
        {
            Ref = new PieceRef(p.Metadata.EffectiveNamespace, p.Metadata.Name),
            Spec = p.Spec,
            ContentDigest = p.Status!.ContentDigest!,
            Renditions = p.Status.Renditions!,
        }).ToList();
        var history = await new LedgerSendHistory(ledger).SentSinceAsync(now - _history, cancellationToken).ConfigureAwait(false);
        var withdrawals = await ledger.ListConsentWithdrawalsAsync(cancellationToken).ConfigureAwait(false);
        var (input, reads) = await SendPlanInputBuilder.BuildAsync(resources, live, new ProfileLoader(declarationsRoot, secrets), now, history, cancellationToken, withdrawals)
            .ConfigureAwait(false);
        input = await CommittedChannels.AddAsync(input, CommittedChannels.UidIn(store), ledger, cancellationToken).ConfigureAwait(false);
        return (input with { Chooser = sendTimes }, reads);
    }

    /// <summary>smtp, wechat, sms (and crm) channels send per HCP; a file channel only with <c>spec.perHcpSends</c>.</summary>
    public static bool SendsPerHcp(ChannelTarget channel) => channel.Spec.Type != "file" || channel.Spec.PerHcpSends;
}
