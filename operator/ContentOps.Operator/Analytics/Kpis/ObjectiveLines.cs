using System.Globalization;
using System.Text;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>The terminal form of a campaign's objectives, shared by <c>status</c> and <c>plan</c>.</summary>
internal static class ObjectiveLines
{
    public static string Render(string campaignRef, IReadOnlyList<ObjectiveStatus>? objectives, double? cycleTimeDays, string? cycleTimeBasis = null)
    {
        var text = new StringBuilder();
        var list = objectives ?? [];
        text.Append(CultureInfo.InvariantCulture, $"Campaign {campaignRef}: {list.Count(o => o.OnTrack == true)} of {list.Count} objective(s) on track");
        text.Append(cycleTimeDays is { } days ? string.Create(CultureInfo.InvariantCulture, $"; cycle time brief → publish {days:0.#} day(s) ({cycleTimeBasis ?? "median"})\n") : "\n");
        foreach (var o in list)
        {
            var verdict = o.OnTrack switch { true => "on track", false => "OFF TRACK", null => "not judged" };
            var channel = o.Channel is null ? "" : $" on {o.Channel}";
            var expected = o.ExpectedByNow is { } e ? string.Create(CultureInfo.InvariantCulture, $", {Value(o.Kpi, e)} due by now") : "";
            text.Append(CultureInfo.InvariantCulture,
                $"    {verdict,-10} {KpiNames.Label(o.Kpi)}{channel}: {(o.Actual is { } a ? Value(o.Kpi, a) : "-")} vs target {Value(o.Kpi, o.Target)}{expected} ({o.Basis})\n");
        }

        return text.ToString();
    }

    /// <summary>A rate as a percentage, a count as a number, days with one decimal.</summary>
    public static string Value(string kpi, double value) => KpiNames.IsRate(kpi)
        ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.#}%")
        : kpi == KpiNames.CycleTimeDays ? string.Create(CultureInfo.InvariantCulture, $"{value:0.#}") : string.Create(CultureInfo.InvariantCulture, $"{value:N0}");
}
