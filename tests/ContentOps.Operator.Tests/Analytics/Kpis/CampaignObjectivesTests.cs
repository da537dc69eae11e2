using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Analytics.Kpis;

/// <summary>Objectives measured from stored events reach Campaign.status, status and plan, beside each piece's predicted engagement (the example campaign and its sample events).</summary>
public sealed class CampaignObjectivesTests : IDisposable
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
    public async Task ImportedEvents_ReachCampaignStatus_OnTheNextRun_AndStatusAndPlanShowThem()
    {
        var examples = ExampleCopy.Into(_folder);
        var state = Path.Combine(examples, ".contentops");
        await RunAsync("run", examples);
        var before = Campaign(state);

        var import = await RunAsync("events", "import", Path.Combine(examples, "events", "klp-launch-events.csv"), "--state", state, "--product", "康力平");
        await RunAsync("run", examples);
        var after = Campaign(state);
        var status = await RunAsync("status", examples);
        var plan = await RunAsync("plan", examples);

        Assert.Equal(CliRunner.Success, import.Exit);
        Assert.All(before.Status!.Objectives!.Where(o => o.Kpi != "cycleTimeDays"), o => Assert.Null(o.OnTrack));
        var open = Assert.Single(after.Status!.Objectives!, o => o.Kpi == "openRate");
        Assert.Equal("approved-email", open.Channel);
        Assert.InRange(open.Actual!.Value, 0.2, 0.5);
        Assert.Matches(@"^\d+ doctors opened of \d+ doctors reached$", open.Basis);
        Assert.NotNull(open.OnTrack);
        var registrations = Assert.Single(after.Status.Objectives!, o => o.Kpi == "webinarRegistrations");
        Assert.True(registrations.Actual > 0 && registrations.ExpectedByNow > 0);
        Assert.Equal(after.Status.Objectives!.Count(o => o.OnTrack == true), after.Status.ObjectivesOnTrack);
        Assert.Contains("Campaign diabetes/klp-launch-2026: ", status.Output, StringComparison.Ordinal);
        Assert.Contains("open rate (doctors) on approved-email: ", status.Output, StringComparison.Ordinal);
        Assert.Contains("Objectives (engagement events in the applied state):", plan.Output, StringComparison.Ordinal);
        Assert.Contains("webinar registrations (doctors): ", plan.Output, StringComparison.Ordinal);
        Assert.Matches(@"Learned engagement per piece, the prior the nba and suggestion ranking use \(model prior-piece-region@\d{8}-n\d+; engaged per delivery overall [0-9.]+%\):\n    diabetes/klp-banner-webinar: [0-9.]+%", plan.Output);
    }

    private static Campaign Campaign(string state)
    {
        using var store = LocalStateStore.Open(state, new LocalStateOptions { ReadOnly = true });
        return store.Resources.List("Campaign").OfType<Campaign>().Single();
    }

    public void Dispose() => _folder.Dispose();
}
