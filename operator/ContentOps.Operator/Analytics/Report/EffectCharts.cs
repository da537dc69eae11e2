using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Generation.Images;
using ScottPlot;

namespace ContentOps.Operator.Analytics.Report;

/// <summary>
/// The report's charts as PNG files (ScottPlot, headless). Labels carry Chinese (segments, regions, teams), so the
/// CJK font of the image generator is registered first; without one the report still renders, with boxes.
/// </summary>
internal static class EffectCharts
{
    private const string CjkFontName = "ContentOps CJK";
    private const int Width = 900;
    private const int Height = 420;

    /// <summary>Where an objective's bar stops (% of target).</summary>
    private const double Cap = 300;

    private static readonly Lock _fontGate = new();
    private static bool _fontAdded;

    public sealed record Chart(string File, string Title, string Alt);

    public static IReadOnlyList<Chart> Render(EffectReportData data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        var font = RegisterFont();
        var counts = data.Kpis.Counts;
        // A chart with nothing to draw is left out; the page explains the empty section instead.
        var charts = new List<Chart?>
        {
            Objectives(data, folder, font),
            Funnel(data.Funnel, folder, font),
            RateBy(KpiDimension.Segment, data.Engagement, folder, font, "segments.png", "打开率 · 按细分 Open rate by segment (doctors who opened ÷ doctors reached)"),
            RateBy(KpiDimension.Region, data.Engagement, folder, font, "regions.png", "打开率 · 按区域 Open rate by region (doctors who opened ÷ doctors reached)"),
            RateBy(KpiDimension.Team, data.Engagement, folder, font, "teams.png", "打开率 · 按代表团队 Open rate by rep team (doctors who opened ÷ doctors reached)"),
            Predicted(data, folder, font),
            Sentiment(counts, folder, font),
        }.OfType<Chart>().ToList();
        return charts;
    }

    private static string? RegisterFont()
    {
        lock (_fontGate)
        {
            if (!_fontAdded && CjkFont.FilePath is { } path)
            {
                Fonts.AddFontFile(CjkFontName, path);
                _fontAdded = true;
            }

            return _fontAdded ? CjkFontName : null;
        }
    }

    private static Plot NewPlot(string title, string? font)
    {
        var plot = new Plot();
        if (font is not null)
        {
            plot.Font.Set(font);
        }

        plot.Title(title);
        return plot;
    }

    private static Chart Save(Plot plot, string folder, string file, string title, string alt)
    {
        plot.SavePng(Path.Combine(folder, file), Width, Height);
        return new Chart(file, title, alt);
    }

    private static Chart? Objectives(EffectReportData data, string folder, string? font)
    {
        // The chart's own title must fit its width; the caption under it says the rest.
        const string title = "目标达成 Objectives: actual as % of target or of the share due by now (100 = met)";
        const string caption = title + "; cycle time: target ÷ actual; bars stop at 300";
        var objectives = data.Kpis.Objectives.Where(o => o.Actual is not null).ToList();
        if (objectives.Count == 0)
        {
            return null;
        }

        var plot = NewPlot(title, font);
        var values = objectives.Select(o => o.Kpi == KpiNames.CycleTimeDays
            ? o.Target / Math.Max(o.Actual!.Value, 0.1) * 100
            : o.Actual!.Value / Math.Max(o.ExpectedByNow ?? o.Target, 1e-9) * 100).ToArray();

        // Bars stop at the cap so one objective far ahead does not flatten the others; its label says so.
        var bars = objectives.Select((o, i) => new Bar
        {
            Position = i,
            Value = Math.Min(Cap, values[i]),
            FillColor = o.OnTrack == false ? Colors.FireBrick : o.OnTrack == true ? Colors.SeaGreen : Colors.Gray,
            Label = values[i] > Cap ? $"over {Cap:0}" : $"{values[i]:0}",
        }).ToList();
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(100, 1, Colors.Black, LinePattern.Dashed);
        plot.Axes.Bottom.SetTicks([.. objectives.Select((_, i) => (double)i)], [.. objectives.Select(o => KpiNames.Label(o.Kpi))]);
        plot.Axes.Margins(bottom: 0);
        return Save(plot, folder, "objectives.png", caption, "Each objective's actual value as a percentage of its target or of the share due by now");
    }

    private static Chart? Funnel(IReadOnlyList<ChannelFunnel.Stage> stages, string folder, string? font)
    {
        // Channels without sends (rep talk tracks) have no funnel; the table lists their doctors apart.
        var funnel = stages.Where(s => s.Sends > 0).ToList();
        if (funnel.Count == 0)
        {
            return null;
        }

        const string title = "渠道漏斗 Funnel per channel: sends, then sends whose doctor was delivered / opened / read / clicked / registered";
        var plot = NewPlot(title, font);
        string[] steps = ["sent", .. ChannelFunnel.Steps.Select(s => s.Name())];
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        for (var c = 0; c < funnel.Count; c++)
        {
            long[] values = [funnel[c].Sends, .. funnel[c].Steps];
            for (var s = 0; s < steps.Length; s++)
            {
                bars.Add(new Bar { Position = (c * (steps.Length + 1)) + s, Value = values[s], FillColor = palette.GetColor(s) });
            }
        }

        plot.Add.Bars(bars);
        for (var s = 0; s < steps.Length; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = steps[s], FillColor = palette.GetColor(s) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks([.. funnel.Select((_, c) => (double)(c * (steps.Length + 1)) + 2.5)], [.. funnel.Select(f => Short(f.Channel))]);
        plot.Axes.Margins(bottom: 0);
        return Save(plot, folder, "funnel.png", title, "Per channel: sends in the ledger, then how many of them reached a doctor who was delivered, opened, read, clicked and registered");
    }

    private static Chart? RateBy(KpiDimension dimension, EngagementSlice engagement, string folder, string? font, string file, string title)
    {
        var rows = KpiBreakdown.By(dimension, KpiNames.OpenRate, engagement).Where(r => r.Measurement.Value is not null).Take(12).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var plot = NewPlot(title, font);
        var bars = rows.Select((r, i) => new Bar { Position = i, Value = r.Measurement.Value!.Value * 100, Label = $"{r.Measurement.Value!.Value * 100:0}%", FillColor = Colors.SteelBlue }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. rows.Select((_, i) => (double)i)], [.. rows.Select(r => r.Key)]);
        plot.Axes.Left.Label.Text = "%";
        plot.Axes.Margins(bottom: 0);
        return Save(plot, folder, file, title, $"Open rate per {dimension.ToString().ToLowerInvariant()}");
    }

    private static Chart? Predicted(EffectReportData data, string folder, string? font)
    {
        if (data.Predictions.Count == 0)
        {
            return null;
        }

        var title = $"预测与实际 Predicted vs actual share of doctors engaged (baseline from doctors reached before {data.PredictionCutoff:yyyy-MM-dd})";
        var plot = NewPlot(title, font);
        var cells = data.Predictions.Take(12).ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < cells.Count; i++)
        {
            bars.Add(new Bar { Position = (i * 3) + 0, Value = cells[i].Predicted * 100, FillColor = Colors.LightSlateGray });
            bars.Add(new Bar { Position = (i * 3) + 1, Value = (cells[i].Actual ?? 0) * 100, FillColor = Colors.DarkOrange });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "predicted 预测", FillColor = Colors.LightSlateGray });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "actual 实际", FillColor = Colors.DarkOrange });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks([.. cells.Select((_, i) => (i * 3) + 0.5)], [.. cells.Select(c => $"{Short(c.Channel)}\n{c.Segment}")]);
        plot.Axes.Left.Label.Text = "%";
        plot.Axes.Margins(bottom: 0);
        return Save(plot, folder, "predicted.png", title, "Predicted and actual engagement rate per channel and segment");
    }

    private static Chart? Sentiment(IReadOnlyList<EngagementCount> counts, string folder, string? font)
    {
        const string title = "评论情感 Comment sentiment";
        (string Key, string Label, Color Color)[] classes = [("positive", "正面 positive", Colors.SeaGreen), ("neutral", "中性 neutral", Colors.Gray), ("negative", "负面 negative", Colors.FireBrick)];
        var comment = EngagementEventType.Comment.Name();
        if (!counts.Any(x => x.Type == comment && x.Sentiment.Length > 0))
        {
            return null;
        }

        var plot = NewPlot(title, font);
        var bars = classes.Select((c, i) => new Bar
        {
            Position = i,
            Value = counts.Where(x => x.Type == comment && x.Sentiment == c.Key).Sum(x => x.Events),
            FillColor = c.Color,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([0, 1, 2], [.. classes.Select(c => c.Label)]);
        plot.Axes.Margins(bottom: 0);
        return Save(plot, folder, "sentiment.png", title, "Comments by sentiment");
    }

    private static string Short(string channel) => channel.Contains('/', StringComparison.Ordinal) ? channel[(channel.IndexOf('/', StringComparison.Ordinal) + 1)..] : channel;
}
