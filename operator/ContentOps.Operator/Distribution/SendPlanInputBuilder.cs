using ContentOps.Core.Api;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Profiles;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// Assembles a <see cref="SendPlanInput"/> from declared resources, the live pieces and each audience's profiles.
/// Shared by <c>sends plan</c>, <c>plan</c>'s send summary, <c>nba</c> and the runs that execute send plans. The
/// suppression list (consent withdrawals from unsubscribes) removes the withdrawn consents before planning.
/// </summary>
internal static class SendPlanInputBuilder
{
    /// <summary>The input, and every audience's read result (<c>namespace/name</c> → result) for reporting rejected rows.</summary>
    public static async Task<(SendPlanInput Input, IReadOnlyDictionary<string, ProfileReadResult> Reads)> BuildAsync(
        IReadOnlyList<Resource> resources, IReadOnlyList<DistributionPiece> live, ProfileLoader loader,
        DateTimeOffset now, IReadOnlyList<SendRecord> history, CancellationToken cancellationToken,
        IReadOnlyList<Stores.ConsentWithdrawal>? withdrawals = null)
    {
        var withdrawn = ConsentSuppression.Index(withdrawals);
        var reads = new SortedDictionary<string, ProfileReadResult>(StringComparer.Ordinal);
        var audiences = new Dictionary<string, AudienceProfiles>(StringComparer.Ordinal);
        foreach (var audience in resources.OfType<Audience>().OrderBy(a => a.Key.ToString(), StringComparer.Ordinal))
        {
            var key = SendPlanInput.Key(audience.Metadata.EffectiveNamespace, audience.Metadata.Name);
            var read = audience.Spec.Profiles is { } source ? await loader.LoadAsync(source, cancellationToken) : new ProfileReadResult();
            reads[key] = read;
            audiences[key] = new AudienceProfiles(audience.Spec, ConsentSuppression.Apply(read.Profiles, withdrawn));
        }

        var input = new SendPlanInput
        {
            Now = now,
            Pieces = live,
            Audiences = audiences,
            Channels = resources.OfType<ChannelTarget>().ToDictionary(c => SendPlanInput.Key(c.Metadata.EffectiveNamespace, c.Metadata.Name), c => c.Spec, StringComparer.Ordinal),
            Campaigns = resources.OfType<Campaign>().ToDictionary(c => SendPlanInput.Key(c.Metadata.EffectiveNamespace, c.Metadata.Name), c => c.Spec, StringComparer.Ordinal),
            History = history,
        };
        return (input, reads);
    }
}
