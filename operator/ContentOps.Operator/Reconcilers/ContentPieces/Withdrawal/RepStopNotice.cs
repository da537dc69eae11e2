using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Crm;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

/// <summary>
/// Tells reps to stop using content that came down: when a piece that was live is withdrawn (a retracted claim,
/// expiry, deletion, a policy it no longer passes), every <c>crm</c> ChannelTarget of its namespace receives one
/// <c>stop-using</c> item for all reps, naming the piece, its title and why (the withdrawn claim with its text).
/// The item's key is <c>hash(piece uid, "stop-using/" + channel, content digest)</c>, so a retried pass posts the same
/// key and the CRM keeps one item; a piece that never went live tells nobody.
/// </summary>
internal sealed class RepStopNotice(IResourceStore store, Func<ChannelTarget, string?> secretFor, CrmChannel crm) : IWithdrawalHook
{
    /// <summary>The <see cref="CrmItem.Kind"/> of the notice.</summary>
    public const string Kind = "stop-using";

    /// <summary>The notice over the process's per-HCP adapters (the CRM adapter and its secrets).</summary>
    public static RepStopNotice Over(IResourceStore store, Sending.HcpChannelRegistry channels) =>
        new(store, channels.SecretFor, channels.Find("crm") as CrmChannel ?? throw new InvalidOperationException("The CRM adapter is not registered."));

    public async Task OnWithdrawnAsync(PieceWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        if (!withdrawal.WasLive)
        {
            return;
        }

        var ns = withdrawal.Piece.Namespace;
        var channels = store.List("ChannelTarget").OfType<ChannelTarget>()
            .Where(c => c.Spec.Type == "crm" && c.Metadata.EffectiveNamespace == ns && c.Metadata.DeletionTimestamp is null)
            .OrderBy(c => c.Metadata.Name, StringComparer.Ordinal)
            .ToList();
        if (channels.Count == 0)
        {
            return;
        }

        var piece = store.Get(withdrawal.Piece) as ContentPiece;
        var title = piece?.Spec.Title is { Length: > 0 } t ? t : withdrawal.Piece.Name;
        var reason = Why(withdrawal, piece, ns);
        foreach (var channel in channels)
        {
            var item = new CrmItem
            {
                Kind = Kind,
                IdempotencyKey = PublicationKeys.For(withdrawal.PieceUid, $"{Kind}/{channel.Metadata.Name}", withdrawal.ContentDigest ?? ""),
                Piece = $"{ns}/{withdrawal.Piece.Name}",
                ContentDigest = withdrawal.ContentDigest,
                Title = $"Stop using: {title}",
                Body = $"Stop using \"{title}\" with HCPs now: do not share, show or quote it. {reason} It has been taken down from every channel.",
                Action = Kind,
                Reason = reason,
                Priority = 1.0,
            };
            await crm.PushAsync(channel, secretFor(channel), [item], cancellationToken).ConfigureAwait(false);
        }
    }

    private string Why(PieceWithdrawal withdrawal, ContentPiece? piece, string ns) => withdrawal.Reason switch
    {
        ConditionReasons.ClaimWithdrawn => $"Medical has retracted what it states: {string.Join("; ", withdrawal.Claims.Select(id => Claim(id, ns)))}.",
        ContentPiecePhase.Expired => piece?.Spec.Schedule?.ExpireAt is { } at ? $"It expired on {at:yyyy-MM-dd}." : "It expired.",
        "Deleted" => "It was retired (removed from the content repository).",
        "NoLongerCompliant" => "It no longer passes compliance review under the current policies.",
        _ => $"It was withdrawn ({withdrawal.Reason}).",
    };

    private string Claim(string id, string ns)
    {
        var claim = store.List("ClaimLibrary").OfType<ClaimLibrary>()
            .Where(l => l.Metadata.EffectiveNamespace == ns)
            .SelectMany(l => l.Spec.Claims)
            .FirstOrDefault(c => c.Id == id);
        var why = claim is null ? "withdrawn"
            : claim.Status == "withdrawn" ? "withdrawn"
            : claim.Expires is { } expires ? $"expired on {expires:yyyy-MM-dd}" : "withdrawn";
        return claim is null ? $"claim {id} ({why})" : $"claim {id} \"{claim.Text}\" ({why})";
    }
}
