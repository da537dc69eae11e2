using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Operator.Tests.FakeApiServer;
using ContentOps.Operator.Tests.TestSupport;
using k8s;

namespace ContentOps.Operator.Tests.Cluster;

/// <summary>A claim withdrawn on the API server takes its content down, driven through the real KubernetesClient.</summary>
public sealed class ClusterRetractionTests
{
    [Fact]
    public async Task ClaimWithdrawnOnTheServer_WithdrawsEveryPieceStatingIt_WithReasonClaimWithdrawn()
    {
        await using var scenario = await ClusterScenario.ForFixtureAsync();
        await scenario.ConvergeAsync();
        // The rep talk track publishes to a file outbox (the fixture's webhooks lead nowhere).
        Assert.Equal(ContentPiecePhase.Published, scenario.ServerPhases()[FixtureRepository.Rep]);

        // Like kubectl edit: read, change, replace; on a conflict (the operator wrote the library's status in between,
        // e.g. its where-used) read again and retry.
        for (var attempt = 1; ; attempt++)
        {
            var library = scenario.Server.Cluster.Get(FakeObjects.Collection("ClaimLibrary"), FixtureRepository.Namespace, "atp-claims");
            var claims = library["spec"]!["claims"]!.AsArray();
            claims.Single(c => (string?)c!["id"] == "atp-ae")!["status"] = "withdrawn";
            try
            {
                await scenario.Client.CustomObjects.ReplaceNamespacedCustomObjectAsync(
                    JsonNode.Parse(library.ToJsonString())!, ApiGroup.Group, ApiGroup.Version, FixtureRepository.Namespace, "claimlibraries", "atp-claims");
                break;
            }
            catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.Conflict && attempt < 5)
            {
            }
        }

        await Eventually.TrueAsync(() => scenario.ServerPhases()[FixtureRepository.Rep] == ContentPiecePhase.Withdrawn, "the talk track states atp-ae: it comes down");
        var piece = scenario.Server.Cluster.Get(FakeObjects.Collection("ContentPiece"), FixtureRepository.Namespace, FixtureRepository.Rep);
        var ready = piece["status"]!["conditions"]!.AsArray().Single(c => (string?)c!["type"] == ConditionTypes.Ready)!;
        Assert.Equal(ConditionReasons.ClaimWithdrawn, (string?)ready["reason"]);
        Assert.Contains("atp-ae (withdrawn)", (string?)ready["message"], StringComparison.Ordinal);
        Assert.All(piece["status"]!["publications"]!.AsArray(), p => Assert.NotNull(p!["withdrawnAt"]));
        await Eventually.TrueAsync(
            () => scenario.EventsFor(FixtureRepository.Rep).Any(e => (string?)e["reason"] == ContentPiecePhase.Withdrawn),
            "a Withdrawn event tells people why it went");
        Assert.NotEqual(ContentPiecePhase.Withdrawn, scenario.ServerPhases()[FixtureRepository.Wechat]);
    }
}
