using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Crm;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Sending;

/// <summary>
/// Pushes new next-best-action suggestions to the reps' CRM after each send pass: every rep's suggestions (ranked and
/// standard) become <c>nba-card</c> items on every <c>crm</c> ChannelTarget of the suggested content's namespace. An
/// item's key is <c>hash(suggestion id, "nba/" + channel)</c>; once the CRM has acknowledged it the ledger records the
/// key and it is never pushed again. A crash between the answer and the record re-posts the same key, which the CRM
/// deduplicates. A CRM that fails stops this pass for that channel only; the next pass retries.
/// </summary>
internal sealed class SuggestionPush(ISendLedger ledger, HcpChannelRegistry channels, ISuggestionFeedbackStore feedback, TimeProvider time)
{
    /// <summary>The <see cref="CrmItem.Kind"/> of a pushed suggestion.</summary>
    public const string Kind = "nba-card";

    /// <summary>Pushes what is new; returns how many items reached a CRM in this pass.</summary>
    public async Task<int> PushAsync(IResourceStore store, SendPlanInput input, SendPlan plan, CancellationToken cancellationToken)
    {
        var targets = store.List("ChannelTarget").OfType<ChannelTarget>()
            .Where(c => c.Spec.Type == "crm" && c.Metadata.DeletionTimestamp is null)
            .OrderBy(c => c.Key.ToString(), StringComparer.Ordinal)
            .ToList();
        if (targets.Count == 0 || channels.Find("crm") is not CrmChannel crm)
        {
            return 0;
        }

        var given = await feedback.ListAsync(cancellationToken).ConfigureAwait(false);
        var engine = new NextBestActionEngine(new RuleBasedEngagementScorer());
        var suggestions = input.Audiences.Values.SelectMany(a => a.Profiles).Select(p => p.RepId).Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(rep => engine.ForRep(rep, input, plan, given).All)
            .ToList();
        var pushed = 0;
        foreach (var target in targets)
        {
            var channel = $"{target.Metadata.EffectiveNamespace}/{target.Metadata.Name}";
            var done = await ledger.ListCrmPushKeysAsync(channel, cancellationToken).ConfigureAwait(false);
            var secret = channels.SecretFor(target);
            foreach (var suggestion in suggestions.Where(s => s.Content.Namespace == target.Metadata.EffectiveNamespace))
            {
                var key = PublicationKeys.For(suggestion.Id, $"nba/{target.Metadata.Name}", "");
                if (done.Contains(key))
                {
                    continue;
                }

                IReadOnlyDictionary<string, string> ids;
                try
                {
                    ids = await crm.PushAsync(target, secret, [Card(suggestion, key)], cancellationToken).ConfigureAwait(false);
                }
                catch (ChannelException)
                {
                    break;
                }

                await ledger.RecordCrmPushAsync(
                    new CrmPush(key, channel, suggestion.Id, suggestion.Rep, suggestion.Hcp, ids.GetValueOrDefault(key), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                pushed++;
            }
        }

        return pushed;
    }

    private static CrmItem Card(Suggestion suggestion, string key) => new()
    {
        Kind = Kind,
        IdempotencyKey = key,
        Rep = suggestion.Rep,
        Hcp = suggestion.Hcp,
        Piece = $"{suggestion.Content.Namespace}/{suggestion.Content.Name}",
        Title = $"{suggestion.Action}: {suggestion.Content.Name}",
        Action = suggestion.Action,
        Reason = suggestion.Reason,
        Priority = suggestion.Priority,
        ExpiresAt = suggestion.ExpiresAt,
    };
}
