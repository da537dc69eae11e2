using System.Text.RegularExpressions;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Analytics.Report;

/// <summary>The effect report of the example campaign over its sample events, opened in a real headless Chromium.</summary>
public sealed partial class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _folder = TempDirectory.Create();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Report_OfTheExampleCampaign_LoadsEveryChartInChromium_AndShowsObjectivesPiecesAndAdverseEvents()
    {
        var examples = await RunExamplesAsync();
        await RunAsync("events", "import", Path.Combine(examples, "events", "klp-launch-events.csv"), "--state", Path.Combine(examples, ".contentops"), "--product", "康力平");
        var target = _folder.File("report");

        var (exit, output, error) = await RunAsync("report", "klp-launch-2026", examples, "--output", target);

        Assert.True(exit == CliRunner.Success, error);
        Assert.Contains(Path.Combine(target, "index.html"), output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(target, "index.html"));
        Assert.Contains("open rate", html, StringComparison.Ordinal);
        Assert.Contains(">best<", html, StringComparison.Ordinal);
        Assert.Contains(">worst<", html, StringComparison.Ordinal);
        Assert.Contains("皮疹", html, StringComparison.Ordinal);
        Assert.Contains("<b>due by now</b> applies to counts", html, StringComparison.Ordinal);
        Assert.Contains("By rep team", html, StringComparison.Ordinal);
        Assert.Contains("“of N”: the rate's denominator", html, StringComparison.Ordinal);
        Assert.Contains("(not named)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Segment</th>", html, StringComparison.Ordinal);
        var images = Charts(html);
        Assert.True(images.Count >= 6, $"{images.Count} charts");
        Assert.All(images, image => Assert.True(new FileInfo(Path.Combine(target, image)).Length > 5_000, image));
        await AssertChartsLoadInChromiumAsync(html, target, images.Count);
    }

    [Fact]
    public async Task Report_WithoutEvents_ExplainsEachEmptySection_InsteadOfEmptyTablesAndCharts()
    {
        var examples = await RunExamplesAsync();
        var target = _folder.File("report");

        var (exit, _, error) = await RunAsync("report", "klp-launch-2026", examples, "--output", target);

        Assert.True(exit == CliRunner.Success, error);
        var html = await File.ReadAllTextAsync(Path.Combine(target, "index.html"));
        Assert.Contains("No engagement events stored for the campaign yet.", html, StringComparison.Ordinal);
        Assert.Contains("there is no earlier period to learn a prediction from yet", html, StringComparison.Ordinal);
        Assert.Contains("so none is ranked", html, StringComparison.Ordinal);
        Assert.Contains("No comment on the campaign's pieces is stored", html, StringComparison.Ordinal);
        Assert.Contains("reports a suspected adverse reaction.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>rank</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sentiment.png", html, StringComparison.Ordinal);
        var images = Charts(html);
        Assert.All(images, image => Assert.True(File.Exists(Path.Combine(target, image)), image));
        await AssertChartsLoadInChromiumAsync(html, target, images.Count);
    }

    /// <summary>Opens a copy of the page that writes every image's natural width into the DOM once loaded, and a screenshot.</summary>
    private async Task AssertChartsLoadInChromiumAsync(string html, string target, int images)
    {
        var probe = Path.Combine(target, "probe.html");
        await File.WriteAllTextAsync(probe, html.Replace("</body>",
            "<script>window.addEventListener('load',()=>{document.body.setAttribute('data-widths',[...document.images].map(i=>i.complete?i.naturalWidth:-1).join(','));});</script></body>",
            StringComparison.Ordinal));
        var dom = await HeadlessChromium.DumpDomAsync(probe, _folder.File("chromium-dom"));
        var widths = WidthsAttribute().Match(dom);
        Assert.True(widths.Success, "the probe wrote no widths:\n" + dom[..Math.Min(dom.Length, 2000)]);
        var natural = widths.Groups["w"].Value.Length == 0 ? [] : widths.Groups["w"].Value.Split(',').Select(int.Parse).ToList();
        Assert.Equal(images, natural.Count);
        Assert.All(natural, w => Assert.True(w > 0, "a chart did not load: " + widths.Value));

        var screenshot = _folder.File("report.png");
        await HeadlessChromium.ScreenshotAsync(Path.Combine(target, "index.html"), screenshot, _folder.File("chromium-shot"));
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is (nearly) empty");
    }

    [Fact]
    public async Task Report_OfAnUnknownCampaign_NamesTheCampaignsThereAre()
    {
        var examples = await RunExamplesAsync();

        var (exit, _, error) = await RunAsync("report", "no-such-campaign", examples);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains("no campaign 'no-such-campaign' in the state; campaigns: diabetes/klp-launch-2026.", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex("<img class=\"chart\" src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ImageSource();

    private static List<string> Charts(string html) => [.. ImageSource().Matches(html).Select(m => m.Groups["src"].Value)];

    /// <summary>A copy of the examples after one run (state beside them, nothing imported yet).</summary>
    private async Task<string> RunExamplesAsync()
    {
        var examples = ExampleCopy.Into(_folder);
        await RunAsync("run", examples);
        return examples;
    }

    [GeneratedRegex("data-widths=\"(?<w>[-0-9,]*)\"")]
    private static partial Regex WidthsAttribute();
}
