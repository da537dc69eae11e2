namespace ContentOps.Operator.Analytics.Report;

/// <summary>Writes the report of one campaign into a folder: index.html and the chart PNGs it shows.</summary>
internal static class EffectReportWriter
{
    public static string Write(EffectReportData data, string folder)
    {
        Directory.CreateDirectory(folder);
        var charts = EffectCharts.Render(data, folder);
        var index = Path.Combine(folder, "index.html");
        File.WriteAllText(index, EffectReportHtml.Render(data, charts));
        return index;
    }
}
