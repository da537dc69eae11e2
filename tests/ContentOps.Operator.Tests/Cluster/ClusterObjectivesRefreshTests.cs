using System.Text.Json.Nodes;
using ContentOps.Core.Analytics.Events;
using ContentOps.Operator.Tests.FakeApiServer;

namespace ContentOps.Operator.Tests.Cluster;

/// <summary>
/// Engagement events change no resource, so the operator re-measures every Campaign on an interval
/// (<c>--objectives-refresh</c>, default five minutes): against the in-process API server with the real client.
/// </summary>
public sealed class ClusterObjectivesRefreshTests
{
    [Fact]
    public async Task CampaignObjectives_AreMeasuredAgain_OnTheRefreshInterval_AfterEventsArriveWithoutAnyResourceChange()
    {
        await using var scenario = await ClusterScenario.ForExamplesAsync();
        await scenario.ConvergeAsync();
        await Eventually.TrueAsync(() => OpenRate(scenario) is not null, "the campaign's objectives reach its status");
        await scenario.QuietAsync();
        Assert.Null(OpenRate(scenario)!["actual"]);

        var at = scenario.Time.GetUtcNow();
        EngagementEvent Event(string type, int doctor) => new()
        {
            Id = $"{type}-{doctor}",
            Type = EngagementEventTypes.TryParse(type, out var t) ? t : throw new ArgumentException(type),
            OccurredAt = at,
            Campaign = "diabetes/klp-launch-2026",
            Piece = "diabetes/klp-email-launch",
            Channel = "diabetes/approved-email",
            Hcp = $"hcp-{doctor:0000}",
        };
        var result = await scenario.Runtime.EngagementEvents!.AppendAsync(
            [.. Enumerable.Range(0, 40).Select(i => Event("delivered", i)), .. Enumerable.Range(0, 20).Select(i => Event("opened", i))], null, at, default);
        Assert.Equal(60, result.Accepted);

        // No resource changes from here on: only the refresh interval brings the campaign back. (A reconcile still in
        // flight from the examples' own sends may measure the events first under load, so "not yet measured" is not
        // asserted here; before the events it is, above.)
        scenario.Time.Advance(TimeSpan.FromMinutes(5));

        await Eventually.TrueAsync(() => OpenRate(scenario)?["actual"] is not null, "the refresh measures the new events", TimeSpan.FromMinutes(1));
        var open = OpenRate(scenario)!;
        Assert.Equal((0.5, true, "20 doctors opened of 40 doctors reached"), ((double)open["actual"]!, (bool)open["onTrack"]!, (string?)open["basis"]));
    }

    /// <summary>The openRate objective in the Campaign's status as the API server stores it.</summary>
    private static JsonObject? OpenRate(ClusterScenario scenario) =>
        scenario.Server.Cluster.List(FakeObjects.Collection("Campaign"), scenario.Namespace).Items
            .Select(c => c["status"]?["objectives"] as JsonArray).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>()
            .FirstOrDefault(o => (string?)o["kpi"] == "openRate");
}
