using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores.Local;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>
/// Every campaign's objectives measured now from a state folder's events (read-only), for <c>status</c> and
/// <c>plan</c>; a state written before the engagement tables existed shows what the last run recorded.
/// </summary>
internal static class CampaignObjectivesText
{
    public static string Render(LocalStateStore state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var pieces = state.Resources.List("ContentPiece").OfType<ContentPiece>().ToList();
        var text = new System.Text.StringBuilder();
        foreach (var campaign in state.Resources.List("Campaign").OfType<Campaign>()
            .Where(c => c.Spec.Objectives is { Count: > 0 })
            .OrderBy(c => c.Key.ToString(), StringComparer.Ordinal))
        {
            var ns = campaign.Metadata.EffectiveNamespace;
            var own = pieces.Where(p => p.Metadata.EffectiveNamespace == ns && p.Spec.Campaign == campaign.Metadata.Name).ToList();
            var campaignRef = $"{ns}/{campaign.Metadata.Name}";
            try
            {
                var kpis = CampaignKpis.MeasureAsync(campaign, own, state.Events, now, CancellationToken.None).GetAwaiter().GetResult();
                text.Append(ObjectiveLines.Render(campaignRef, kpis.Objectives, kpis.CycleTimeDays, kpis.CycleTime?.Basis));
            }
            catch (SqliteException)
            {
                text.Append(ObjectiveLines.Render(campaignRef, campaign.Status?.Objectives, campaign.Status?.CycleTimeDays));
            }
        }

        return text.Length == 0 ? "" : "\n" + text;
    }
}
