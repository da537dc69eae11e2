using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Tests.Planning;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Analytics.Prediction;

/// <summary>The effect model's prediction in each piece's status, after the run that trained it, and in <c>contentops status</c>.</summary>
public sealed class PiecePredictionStatusTests
{
    private static readonly DateTimeOffset _daytime = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Run_ThatTrainsTheEffectModel_RecordsEachPiecesPredictionPerChannelAndSegment_WithTheModelVersion()
    {
        using var examples = new ExampleRepository();
        var state = Path.Combine(examples.Examples, ".contentops");
        var time = new FakeTimeProvider(_daytime);
        List<ContentPiece> before, after;
        Campaign campaign;
        using (var runtime = EmbeddedRuntime.Open(state, examples.Examples, examples.Head, new EmbeddedOptions { Workers = 2 }, time))
        {
            var declarations = new DeclarationLoader(time, DeclarationLimits.Default).Load(examples.Examples);
            await runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], examples.Head, null, CancellationToken.None);
            before = [.. runtime.State.Resources.List("ContentPiece").OfType<ContentPiece>()];
            using var file = File.OpenText(Path.Combine(examples.Examples, "events", "klp-launch-events.csv"));
            var (events, _) = EngagementEventReader.Read("klp-launch-events.csv", file, jsonLines: false, time.GetUtcNow());
            await runtime.State.Events.AppendAsync(events, new CommentAnalyzer(["康力平"]).Analyze, time.GetUtcNow(), default);
            await runtime.ReconcileAsync(null, examples.Head, null, CancellationToken.None);
            after = [.. runtime.State.Resources.List("ContentPiece").OfType<ContentPiece>()];
            campaign = runtime.State.Resources.List("Campaign").OfType<Campaign>().Single();
        }

        Assert.All(before, p => Assert.Null(p.Status?.PredictedEngagement));
        var version = campaign.Status!.EngagementModel!.Version;
        var invite = after.Single(p => p.Metadata.Name == "klp-email-webinar-invite");
        var predictions = invite.Status!.PredictedEngagement!;
        Assert.Equal(["tier3-endocrinology", "tier2-endocrinology", "community-gp"], predictions.Select(p => p.Segment));
        Assert.All(predictions, p =>
        {
            Assert.Equal("approved-email", p.Channel);
            Assert.Equal(version, p.ModelVersion);
            Assert.True(p.Baseline, "189 stored sends: the baseline serves");
            Assert.InRange(p.Probability, 0.001, 0.999);
            Assert.Equal(invite.Spec.Schedule!.PublishAt, p.At);
        });

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(CliRunner.Success, await CliRunner.RunAsync(["status", examples.Examples], output, error));
        Assert.Contains($"Predicted engagement per send (each piece's status.predictedEngagement, model {version}, the baseline):", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("    diabetes/klp-email-webinar-invite on approved-email: tier3-endocrinology ", output.ToString(), StringComparison.Ordinal);
    }
}
