using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// For pieces of campaigns with <c>distribution.channels: best</c>: which channel already holds each HCP's copy of the
/// content in the send ledger (pending, sent, failed or withdrawn; not cancelled), so the planner never moves it to
/// another channel (a send that fails for good is not silently repeated elsewhere).
/// </summary>
internal static class CommittedChannels
{
    /// <summary>The input with each best-channel piece's committed channels; <paramref name="uid"/> gives the uid the ledger keys a piece by.</summary>
    public static async Task<SendPlanInput> AddAsync(SendPlanInput input, Func<PieceRef, string> uid, ISendLedger ledger, CancellationToken cancellationToken)
    {
        var pieces = new List<DistributionPiece>(input.Pieces.Count);
        foreach (var piece in input.Pieces)
        {
            if (input.Campaigns.GetValueOrDefault(SendPlanInput.Key(piece.Ref.Namespace, piece.Spec.Campaign))?.Distribution?.Channels != CampaignDistribution.BestChannel)
            {
                pieces.Add(piece);
                continue;
            }

            var committed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in await ledger.ListForPieceAsync(uid(piece.Ref), cancellationToken).ConfigureAwait(false))
            {
                if (entry.State != SendStates.Cancelled && entry.ContentDigest == piece.ContentDigest)
                {
                    committed.TryAdd(entry.Hcp, entry.Channel.Split('/') is [_, var name] ? name : entry.Channel);
                }
            }

            pieces.Add(committed.Count == 0 ? piece : piece with { Committed = committed });
        }

        return input with { Pieces = pieces };
    }

    /// <summary>The uid a piece's sends are keyed by in the ledger (its metadata uid, else namespace/name, as publishing does).</summary>
    public static Func<PieceRef, string> UidIn(IResourceStore resources) =>
        piece => (resources.Get(new ResourceKey("ContentPiece", piece.Namespace, piece.Name)) as ContentPiece)?.Metadata.Uid ?? piece.ToString();
}
