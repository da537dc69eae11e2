using System.Collections.Concurrent;
using ContentOps.Core.Api;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Embedded;

/// <summary>A reconcile that throws is retried, and the run says so: it is not reported as a clean run.</summary>
public sealed class EmbeddedRuntimeErrorTests
{
    [Fact]
    public async Task Run_CountsAReconcileThatThrows_AsAnErrorNamingThePiece_AndTheNextRunRecovers()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();

        // A file where the review reports of the namespace go: writing a report throws IOException, not a step failure.
        var reviews = Path.Combine(scenario.Repository.StateFolder, "reports", "reviews");
        Directory.CreateDirectory(reviews);
        var blocker = Path.Combine(reviews, FixtureRepository.Namespace);
        await File.WriteAllTextAsync(blocker, "");
        var progress = new LineProgress();

        var failed = await scenario.Harness.RunAsync(progress);

        Assert.True(failed.Errors > 0, "a reconcile that threw must count as an error of the run");
        Assert.Contains(progress.Lines, line => line.Contains($"ContentPiece {FixtureRepository.Namespace}/{FixtureRepository.Wechat}", StringComparison.Ordinal)
            && line.Contains(Path.Combine("reports", "reviews", FixtureRepository.Namespace), StringComparison.Ordinal));
        Assert.NotEqual(ContentPiecePhase.Published, scenario.Harness.Find(FixtureRepository.Wechat)?.Status?.Phase);

        File.Delete(blocker);
        var recovered = await scenario.Harness.RunAsync();

        Assert.Equal(0, recovered.Errors);
        Assert.Equal(ContentPiecePhase.Published, scenario.Harness.Status(FixtureRepository.Wechat).Phase);
    }

    /// <summary>Collects progress lines on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class LineProgress : IProgress<string>
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public void Report(string value) => _lines.Enqueue(value);
    }
}
