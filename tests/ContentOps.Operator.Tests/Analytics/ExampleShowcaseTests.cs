using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Tests.Planning;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Analytics;

/// <summary>
/// The analytics showcase on the example repository as Git holds it: the example run's sends, the sample events
/// attributed to them by their send reference, cycle time from the first commit of each piece, and the report's
/// funnel built from the sends.
/// </summary>
public sealed class ExampleShowcaseTests
{
    /// <summary>Outside the channels' quiet hours (21:00–08:00 Asia/Shanghai), after the sample events.</summary>
    private static readonly DateTimeOffset _daytime = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>When <see cref="ExampleRepository"/> commits the declarations.</summary>
    private static readonly DateTimeOffset _declared = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SampleEvents_AreMostlyAttributedToTheExampleRunsSends_CycleTimeRunsFromTheFirstCommit_AndTheFunnelStartsFromSends()
    {
        using var examples = new ExampleRepository();
        var state = Path.Combine(examples.Examples, ".contentops");
        var time = new FakeTimeProvider(_daytime);
        Campaign campaign;
        int accepted, attributed;
        using (var runtime = EmbeddedRuntime.Open(state, examples.Examples, examples.Head, new EmbeddedOptions { Workers = 2 }, time))
        {
            var declarations = new DeclarationLoader(time, DeclarationLimits.Default).Load(examples.Examples);
            await runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], examples.Head, null, CancellationToken.None);
            using var file = File.OpenText(Path.Combine(examples.Examples, "events", "klp-launch-events.csv"));
            var (events, errors) = EngagementEventReader.Read("klp-launch-events.csv", file, jsonLines: false, time.GetUtcNow());
            Assert.Empty(errors);
            var result = await runtime.State.Events.AppendAsync(events, new CommentAnalyzer(["康力平"]).Analyze, time.GetUtcNow(), default);
            (accepted, attributed) = (result.Accepted, result.Attributed);
            await runtime.ReconcileAsync(null, examples.Head, null, CancellationToken.None);
            campaign = runtime.State.Resources.List("Campaign").OfType<Campaign>().Single();
        }

        Assert.True(attributed >= accepted * 0.7, $"{attributed} of {accepted} events attributed");
        var published = DateTimeOffset.Parse("2026-12-05T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Round((published - _declared).TotalDays, 2), campaign.Status!.CycleTimeDays);
        var cycle = Assert.Single(campaign.Status.Objectives!, o => o.Kpi == "cycleTimeDays");
        Assert.Contains("brief = the first Git commit holding the piece's file", cycle.Basis, StringComparison.Ordinal);
        var open = Assert.Single(campaign.Status.Objectives!, o => o.Kpi == "openRate");
        Assert.Matches(@"^\d+ doctors opened of \d+ doctors reached$", open.Basis);

        var report = Path.Combine(examples.Root, "report");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(CliRunner.Success, await CliRunner.RunAsync(["report", "klp-launch-2026", examples.Examples, "--output", report], output, error));
        var html = await File.ReadAllTextAsync(Path.Combine(report, "index.html"));
        Assert.Matches(@"<tr><td>diabetes/approved-email</td><td>122</td><td>\d+ \(\d+(\.\d)?%\)</td>", html);
        Assert.Contains("doctors reached", html, StringComparison.Ordinal);
    }
}
