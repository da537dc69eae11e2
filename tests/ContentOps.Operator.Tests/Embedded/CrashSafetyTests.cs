using ContentOps.Core.Api;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Embedded;

/// <summary>
/// kill -9 of a real <c>contentops run</c> process at chosen deliveries, then reruns until converged: a real HTTP
/// receiver (deduplicating by Idempotency-Key, like a real one) sees every publication in effect exactly once, and
/// never receives a key again once the ledger holds its receipt.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int MaxRuns = 12;

    [Fact]
    public async Task KilledRuns_PublishAndWithdrawEveryPieceExactlyOnce()
    {
        ChildRun? current = null;
        // The n-th delivery of the k-th run is where run k dies; counting per run (not globally) keeps every planned
        // kill in its own run even when a dying process still gets an in-flight POST through.
        var plan = new KillPlan([(1, ReceiverStage.BeforeAnswer), (2, ReceiverStage.AfterAnswer), (1, ReceiverStage.BeforeAnswer), (2, ReceiverStage.AfterAnswer)]);
        await using var receiver = await WebhookReceiver.StartAsync(EmbeddedScenario.Secret, async (delivery, stage) =>
        {
            if (current is { } run && plan.ShouldKill(run, stage))
            {
                await run.KillAsync();
            }
        });
        using var repository = FixtureRepository.Create(receiver.BaseUrl);
        var articles = repository.AddWechatArticles(5);
        var environment = new Dictionary<string, string> { [repository.SecretVariable] = EmbeddedScenario.Secret };

        var runs = await RunUntilConvergedAsync(repository, receiver, environment, run => current = run);

        Assert.True(plan.Kills >= 3, $"at least three runs should have been killed mid-publication; {plan.Kills} were, converged after {runs} run(s)");
        var ledger = LedgerRows.Read(repository.StateFolder);
        var webhookRows = ledger.Where(r => r.Channel == "hcp-webhook").ToList();
        Assert.Equal(6, webhookRows.Count);
        Assert.All(webhookRows, r => Assert.Equal(LedgerStates.Published, r.State));
        Assert.Equal(webhookRows.Count, webhookRows.Select(r => r.Key).Distinct().Count());
        Assert.Equal(webhookRows.Select(r => r.Key).Order(StringComparer.Ordinal), receiver.PublishedKeys);
        AssertDuplicatesAreFaithfulResends(receiver, plan.Kills);
        Assert.Single(ledger, r => r.Channel == "rep-outbox" && r.State == LedgerStates.Published);

        // Deleting pieces: the withdrawal is interrupted too and still happens once per publication.
        plan.Then((1, ReceiverStage.BeforeAnswer));
        var killsBefore = plan.Kills;
        repository.Delete($"pieces/{articles[0]}.yaml");
        repository.Delete($"pieces/{articles[1]}.yaml");
        var deletedKeys = ledger.Where(r => r.Piece.EndsWith(articles[0], StringComparison.Ordinal) || r.Piece.EndsWith(articles[1], StringComparison.Ordinal))
            .Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var publishesBefore = receiver.Events("publish").Count;

        var withdrawalRuns = await RunUntilConvergedAsync(repository, receiver, environment, run => current = run);

        Assert.True(plan.Kills > killsBefore && withdrawalRuns >= 2, "the kill during withdrawal should have ended a run");
        Assert.Equal(publishesBefore, receiver.Events("publish").Count);
        var withdrawn = receiver.Events("withdraw");
        Assert.Equal(deletedKeys.Order(StringComparer.Ordinal), withdrawn.Select(d => d.IdempotencyKey).Distinct().Order(StringComparer.Ordinal));
        Assert.All(withdrawn, d => Assert.Equal("Deleted", d.Reason));
        Assert.All(LedgerRows.Read(repository.StateFolder).Where(r => deletedKeys.Contains(r.Key)), r => Assert.Equal(LedgerStates.Withdrawn, r.State));
        using var state = Operator.Stores.Local.LocalStateStore.Open(repository.StateFolder, new Operator.Stores.Local.LocalStateOptions { ReadOnly = true });
        var pieces = state.Resources.List("ContentPiece").Select(p => p.Metadata.Name).ToList();
        Assert.DoesNotContain(articles[0], pieces);
        Assert.DoesNotContain(articles[1], pieces);
        Assert.All(state.Resources.List("ContentPiece").OfType<Core.Api.ContentPieces.ContentPiece>()
            .Where(p => p.Metadata.Name != FixtureRepository.Email), p => Assert.Equal(ContentPiecePhase.Published, p.Status?.Phase));
    }

    /// <summary>
    /// Runs the child until a run ends by itself with exit 0, checking before each run that no key whose receipt the
    /// ledger already holds is delivered again; then one more run must find nothing to do.
    /// </summary>
    private static async Task<int> RunUntilConvergedAsync(
        FixtureRepository repository, WebhookReceiver receiver, Dictionary<string, string> environment, Action<ChildRun> started)
    {
        for (var attempt = 1; attempt <= MaxRuns; attempt++)
        {
            var settled = LedgerRows.Read(repository.StateFolder)
                .Where(r => r.State != LedgerStates.Pending).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            var seen = receiver.Deliveries.Count;
            using var run = ChildRun.Start(repository.Root, environment);
            started(run);
            var exit = await run.WaitAsync();

            var resent = receiver.Deliveries.Skip(seen).Where(d => d.Event == "publish" && settled.Contains(d.IdempotencyKey)).ToList();
            Assert.True(resent.Count == 0, $"run {attempt} re-sent keys whose receipt was recorded: {string.Join(", ", resent.Select(d => d.IdempotencyKey[..12]))}");
            if (run.Killed)
            {
                continue;
            }

            Assert.True(exit == 0, $"run {attempt} exited {exit}:\n{run.Output}");
            var posts = receiver.Deliveries.Count;
            using var idle = ChildRun.Start(repository.Root, environment);
            Assert.Equal(0, await idle.WaitAsync());
            Assert.Contains("Nothing to do", idle.Output, StringComparison.Ordinal);
            Assert.Equal(posts, receiver.Deliveries.Count);
            return attempt;
        }

        throw new InvalidOperationException($"Not converged after {MaxRuns} runs.");
    }

    private static void AssertDuplicatesAreFaithfulResends(WebhookReceiver receiver, int killCount)
    {
        var deliveries = receiver.Events("publish");
        Assert.All(deliveries, d => Assert.True(d.SignatureValid, $"POST {d.Number} has a bad signature"));
        var duplicates = deliveries.Where(d => d.Duplicate).ToList();
        // Two workers: a kill can interrupt at most two sends whose receipts were not yet recorded.
        Assert.True(duplicates.Count <= 2 * killCount, $"{duplicates.Count} resends for {killCount} kills");
        foreach (var duplicate in duplicates)
        {
            var first = deliveries.First(d => d.IdempotencyKey == duplicate.IdempotencyKey);
            Assert.Equal((first.ContentDigest, first.Body), (duplicate.ContentDigest, duplicate.Body));
        }
    }
}
