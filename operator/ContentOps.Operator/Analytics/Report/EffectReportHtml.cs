using System.Globalization;
using System.Net;
using System.Text;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Operator.Analytics.Kpis;

namespace ContentOps.Operator.Analytics.Report;

/// <summary>The report page: one self-contained HTML file beside its chart PNGs. Every value from the state is HTML-encoded.</summary>
internal static class EffectReportHtml
{
    public static string Render(EffectReportData data, IReadOnlyList<EffectCharts.Chart> charts)
    {
        ArgumentNullException.ThrowIfNull(data);
        var chart = charts.ToDictionary(c => c.File, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>效果报告 · {{E(data.Campaign.Spec.DisplayName)}}</title>
            <style>
            body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:980px;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}
            th{background:#f3f5f7}.off{color:#b22222;font-weight:bold}.on{color:#2e8b57;font-weight:bold}.muted{color:#777}
            img{max-width:100%;border:1px solid #eee;margin:.5em 0}.ae{background:#fff4f4}
            </style></head><body>
            <h1>效果报告 Effect report: {{E(data.Campaign.Spec.DisplayName)}}</h1>
            <p class="muted">Campaign {{E(data.CampaignRef)}} · product {{E(data.Campaign.Spec.Product.Name)}} · generated {{data.GeneratedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}} (+08:00) · {{data.Kpis.Counts.Sum(c => c.Events).ToString("N0", CultureInfo.InvariantCulture)}} engagement events from {{data.Engagement.Hcps.Select(h => h.Hcp).Distinct(StringComparer.Ordinal).Count().ToString("N0", CultureInfo.InvariantCulture)}} doctors</p>
            <p class="muted">Reach, open rate, click rate and registrations count distinct doctors (a doctor who opens twice counts once; rates are doctors who did it ÷ doctors reached); read completion is per read; rep follow-ups count feedback events. Each basis names its numerator and denominator.</p>
            """);
        Objectives(html, data);
        Image(html, chart, "objectives.png");
        Funnel(html, data);
        Image(html, chart, "funnel.png");
        Breakdown(html, "按渠道 By channel", KpiDimension.Channel, data);
        html.Append("<h2>细分与区域 Engagement by segment, region and rep team</h2>\n");
        Image(html, chart, "segments.png");
        Image(html, chart, "regions.png");
        Image(html, chart, "teams.png");
        Breakdown(html, "按细分 By segment", KpiDimension.Segment, data);
        Breakdown(html, "按区域 By region", KpiDimension.Region, data);
        Breakdown(html, "按代表团队 By rep team", KpiDimension.Team, data);
        Predictions(html, data);
        Image(html, chart, "predicted.png");
        Pieces(html, data);
        Comments(html, data);
        Image(html, chart, "sentiment.png");
        AdverseEvents(html, data);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Objectives(StringBuilder html, EffectReportData data)
    {
        var objectives = data.Kpis.Objectives;
        html.Append(CultureInfo.InvariantCulture, $"<h2>目标与实际 Objectives vs actual</h2>\n<p>{objectives.Count(o => o.OnTrack == true)} of {objectives.Count} objective(s) on track.");
        html.Append(data.Kpis.CycleTime is { } cycle ? string.Create(CultureInfo.InvariantCulture, $" Cycle time from brief to publish: {cycle.MedianDays:0.#} day(s) ({E(cycle.Basis)}).</p>\n") : "</p>\n");
        if (objectives.Count == 0)
        {
            html.Append("<p class=\"muted\">The campaign declares no objectives (spec.objectives), so nothing is judged.</p>\n");
            return;
        }

        var elapsed = ObjectiveEvaluator.ElapsedShare(data.Campaign.Spec.Schedule, data.GeneratedAt);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">How to read it: <b>due by now</b> applies to counts (reach, registrations, rep follow-ups) and is the target × the elapsed share of the campaign schedule ({elapsed * 100:0}% elapsed{(data.Campaign.Spec.Schedule?.Start is null || data.Campaign.Spec.Schedule.End is null ? ", no schedule start and end: the whole target" : "")}); a count is on track at or above it. Rates are judged against the target once {ObjectiveEvaluator.MinimumSample} doctors are reached (reads for read completion), and shown as <i>not judged</i> before. Cycle time is on track at or below its target. “-”: nothing measured yet.</p>\n");
        html.Append("<table><tr><th>KPI</th><th>channel</th><th>target</th><th>actual</th><th>due by now</th><th>status</th><th>basis</th></tr>\n");
        foreach (var o in objectives)
        {
            var verdict = o.OnTrack switch { true => "<span class=\"on\">on track</span>", false => "<span class=\"off\">off track</span>", null => "<span class=\"muted\">not judged</span>" };
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(KpiNames.Label(o.Kpi))}</td><td>{E(o.Channel ?? "all")}</td><td>{ObjectiveLines.Value(o.Kpi, o.Target)}</td><td>{(o.Actual is { } a ? ObjectiveLines.Value(o.Kpi, a) : "-")}</td><td>{(o.ExpectedByNow is { } x ? ObjectiveLines.Value(o.Kpi, x) : "")}</td><td>{verdict}</td><td>{E(o.Basis ?? "")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Funnel(StringBuilder html, EffectReportData data)
    {
        html.Append("<h2>渠道漏斗 Funnel per channel</h2>\n<p class=\"muted\">Built from the send ledger: the sends of the campaign's pieces (doctor × piece), then how many of those sends reached a doctor with that event for the same piece on the same channel (% of sends). Doctors with events on a channel but no send there are shown apart and not in the funnel.</p>\n");
        if (data.Funnel.Count == 0)
        {
            html.Append("<p class=\"muted\">No engagement events and no sends of the campaign's pieces yet: there is no funnel to show.</p>\n");
            return;
        }

        if (data.Funnel.All(f => f.Sends == 0))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"off\">No send of the campaign's pieces is in this state's send ledger (no piece published to a channel that sends per doctor yet, or the events were imported into a state that did not make the sends), so there is no funnel. {data.Funnel.Sum(f => f.WithoutSend):N0} doctor(s) have events on {data.Funnel.Count} channel(s) without a send there:</p>\n");
            html.Append("<table><tr><th>channel</th><th>doctors with events but no send</th></tr>\n");
            foreach (var stage in data.Funnel)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(stage.Channel)}</td><td>{stage.WithoutSend:N0}</td></tr>\n");
            }

            html.Append("</table>\n");
            return;
        }

        html.Append("<table><tr><th>channel</th><th>sends</th>");
        foreach (var step in ChannelFunnel.Steps)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(step.Name())}</th>");
        }

        html.Append("<th>doctors with events but no send</th></tr>\n");
        foreach (var stage in data.Funnel)
        {
            if (stage.Sends == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(stage.Channel)}</td><td>0</td><td colspan=\"{ChannelFunnel.Steps.Count}\" class=\"muted\">no per-doctor sends on this channel (e.g. rep talk tracks): no funnel</td><td>{stage.WithoutSend:N0}</td></tr>\n");
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(stage.Channel)}</td><td>{stage.Sends:N0}</td>");
            foreach (var value in stage.Steps)
            {
                html.Append(stage.Sends == 0 ? $"<td>{value.ToString("N0", CultureInfo.InvariantCulture)}</td>" : string.Create(CultureInfo.InvariantCulture, $"<td>{value:N0} ({(double)value / stage.Sends * 100:0.#}%)</td>"));
            }

            html.Append(CultureInfo.InvariantCulture, $"<td>{stage.WithoutSend:N0}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Breakdown(StringBuilder html, string title, KpiDimension dimension, EffectReportData data)
    {
        var all = data.Engagement.By(dimension);
        var groups = all.OrderByDescending(g => g.Slice.Doctors(EngagementEventType.Delivered.Name()).Count).ThenBy(g => g.Key, StringComparer.Ordinal).Take(15).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h3>{E(title)}</h3>\n");
        if (groups.Count == 0)
        {
            html.Append("<p class=\"muted\">No engagement events stored for the campaign yet.</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{(all.Count > groups.Count ? $"The {groups.Count} of {all.Count} with the most doctors reached. " : "")}“of N”: the rate's denominator (doctors reached; reads for read completion); “-”: no doctor reached (or no read), so no rate; {E(KpiBreakdown.Unknown)}: events that do not say their {Label(dimension)}.</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<table><tr><th>{Label(dimension)}</th><th>doctors reached</th><th>deliveries</th><th>open rate (doctors)</th><th>click rate (doctors)</th><th>read completion (per read)</th><th>registered doctors</th><th>rep follow-ups</th></tr>\n");
        foreach (var (key, slice) in groups)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(key)}</td><td>{Count(KpiNames.Reach, slice)}</td><td>{slice.Events(EngagementEventType.Delivered.Name()):N0}</td><td>{Rate(KpiNames.OpenRate, slice)}</td><td>{Rate(KpiNames.ClickRate, slice)}</td><td>{Rate(KpiNames.ReadCompletion, slice)}</td><td>{Count(KpiNames.WebinarRegistrations, slice)}</td><td>{Count(KpiNames.RepFollowUps, slice)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Predictions(StringBuilder html, EffectReportData data)
    {
        html.Append("<h2>预测与实际 Predicted vs actual</h2>\n");
        if (data.PredictionCutoff is not { } cutoff)
        {
            html.Append("<p class=\"muted\">Doctors were reached (delivered events naming a doctor) on one day at most: there is no earlier period to learn a prediction from yet.</p>\n");
            return;
        }

        if (data.Predictions.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">No doctor was reached from {cutoff:yyyy-MM-dd} on, so there is nothing to compare the prediction with yet.</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>Share of doctors reached with a piece who engaged with it (opened, or clicked where nothing is opened; repeated opens count once), predicted by the {PredictedVersusActual.ModelVersion} model from the doctors reached before {cutoff:yyyy-MM-dd} and measured on those reached from that day on.</p>\n");
        html.Append("<table><tr><th>channel</th><th>segment</th><th>predicted</th><th>actual</th><th>doctors reached from the cut-off (the actual's denominator)</th></tr>\n");
        foreach (var cell in data.Predictions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(cell.Channel)}</td><td>{E(cell.Segment)}</td><td>{cell.Predicted * 100:0.0}%</td><td>{(cell.Actual is { } actual ? string.Create(CultureInfo.InvariantCulture, $"{actual * 100:0.0}%") : "-")}</td><td>{cell.Delivered:N0}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Pieces(StringBuilder html, EffectReportData data)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>最佳与最差内容 Best and worst pieces</h2>\n<p class=\"muted\">Pieces that reached at least {PieceRanking.MinimumDeliveries} doctors, by the share of doctors reached who engaged (opened, or clicked where nothing is opened); a piece alone is both best and worst.</p>\n");
        var ranking = data.Ranking;
        if (ranking.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">No piece has reached {PieceRanking.MinimumDeliveries} doctors yet, so none is ranked.</p>\n");
            return;
        }

        html.Append("<table><tr><th>rank</th><th>piece</th><th>engaged</th><th>doctors reached</th><th>why</th></tr>\n");
        for (var i = 0; i < ranking.Count; i++)
        {
            var label = ranking.Count == 1 ? "best and worst (the only piece ranked)" : i == 0 ? "best" : i == ranking.Count - 1 ? "worst" : (i + 1).ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{label}</td><td>{E(ranking[i].Piece)}</td><td>{ranking[i].Rate * 100:0.0}%</td><td>{ranking[i].Delivered:N0}</td><td>{E(string.Join("; ", ranking[i].Why))}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Comments(StringBuilder html, EffectReportData data)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>评论关键词与情感 Comment keywords and sentiment</h2>\n<p>{data.Comments.Count} comment(s). Keywords (TF-IDF): ");
        html.Append(data.Keywords.Count == 0 ? "<span class=\"muted\">none</span>" : string.Join("、", data.Keywords.Select(k => E(k.Word))));
        html.Append("</p>\n");
        if (data.Comments.Count == 0)
        {
            html.Append("<p class=\"muted\">No comment on the campaign's pieces is stored (comment events, or raw comments already pruned), so there are no keywords or sentiment to show.</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{(data.Comments.Count > 20 ? "The latest 20; " : "")}sentiment from the comment lexicon (positive, neutral, negative).</p>\n<table><tr><th>time (+08:00)</th><th>piece</th><th>sentiment</th><th>comment</th></tr>\n");
        foreach (var c in data.Comments.TakeLast(20))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{c.OccurredAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}</td><td>{E(c.PieceRef ?? "")}</td><td>{E(c.Sentiment ?? "")}</td><td>{E(c.Text)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AdverseEvents(StringBuilder html, EffectReportData data)
    {
        html.Append("<h2>不良事件线索 Adverse-event flags</h2>\n");
        if (data.AdverseEvents.Count == 0)
        {
            html.Append("<p class=\"muted\">No stored comment of the campaign reports a suspected adverse reaction.</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{data.AdverseEvents.Count} comment(s) report a suspected adverse reaction: pharmacovigilance must follow each one up. Serious: the symptoms include one the detector lists as serious; product “(not named)”: the comment names no product, still a suspected reaction to follow up.</p>\n");
        html.Append("<table><tr><th>time (+08:00)</th><th>piece</th><th>product</th><th>symptoms</th><th>serious</th><th>text</th></tr>\n");
        foreach (var flag in data.AdverseEvents)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"ae\"><td>{flag.OccurredAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}</td><td>{E(flag.PieceRef ?? "")}</td><td>{E(flag.Product is { Length: > 0 } product ? product : "(not named)")}</td><td>{E(flag.Symptoms)}</td><td>{(flag.Serious ? "<span class=\"off\">serious</span>" : "no")}</td><td>{E(flag.Text)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Image(StringBuilder html, Dictionary<string, EffectCharts.Chart> charts, string file)
    {
        if (charts.TryGetValue(file, out var chart))
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure><img class=\"chart\" src=\"{E(chart.File)}\" alt=\"{E(chart.Alt)}\" width=\"900\" height=\"420\"><figcaption class=\"muted\">{E(chart.Title)}</figcaption></figure>\n");
        }
    }

    /// <summary>A rate with its denominator, e.g. "41.2% of 85".</summary>
    private static string Rate(string kpi, EngagementSlice slice) =>
        KpiCalculator.Measure(kpi, slice) is { Value: { } v } m ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0.0}% <span class=\"muted\">of {m.Denominator:N0}</span>") : "-";

    private static string Count(string kpi, EngagementSlice slice) =>
        string.Create(CultureInfo.InvariantCulture, $"{KpiCalculator.Measure(kpi, slice).Value ?? 0:N0}");

    private static string Label(KpiDimension dimension) => dimension switch
    {
        KpiDimension.Team => "rep team",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
