using System.Collections.Concurrent;
using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Tests.Controller;

public sealed class ControllerHostTests : IDisposable
{
    private const string Kind = "ContentPiece";
    private static readonly ResourceKey _piece = ControllerFixture.Piece("klp-launch-wechat-efficacy");
    private readonly ControllerFixture _fixture = new(workers: 4);
    private readonly ConcurrentDictionary<ResourceKey, int> _runs = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task RunUntilIdleAsync_ReconcilesOnce_WhenKeyAddedHundredTimes()
    {
        Register((_, _) => Task.FromResult(ReconcileResult.Done));
        for (var i = 0; i < 100; i++)
        {
            _fixture.Host.Enqueue(_piece);
        }

        Assert.Null(await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(1, _runs[_piece]);
    }

    [Fact]
    public async Task RunUntilIdleAsync_NeverReconcilesOneKeyConcurrently_WhileOtherThreadsReAddIt()
    {
        var active = 0;
        var maxActive = 0;
        Register(async (key, _) =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref maxActive, now);
            if (_runs[key] < 200)
            {
                // Idle workers are parked in GetAsync: a wrong hand-over would start a second reconcile now.
                await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _fixture.Queue.Add(key))));
            }

            await Task.Yield();
            Interlocked.Decrement(ref active);
            return ReconcileResult.Done;
        });
        _fixture.Host.Enqueue(_piece);

        await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(1, maxActive);
        Assert.Equal(200, _runs[_piece]);
    }

    [Fact]
    public async Task RunUntilIdleAsync_ReconcilesOnceMore_WhenAddedDuringProcessing()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Register(async (_, _) =>
        {
            started.TrySetResult();
            await release.Task;
            return ReconcileResult.Done;
        });
        _fixture.Host.Enqueue(_piece);
        var run = _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);
        await started.Task;

        for (var i = 0; i < 5; i++)
        {
            _fixture.Host.Enqueue(_piece);
        }

        release.SetResult();
        await run;
        Assert.Equal(2, _runs[_piece]);
    }

    [Fact]
    public async Task RunUntilIdleAsync_ReportsNextDueTimeAndReason_WhenOnlyDelayedKeysRemain()
    {
        Register((_, _) => Task.FromResult(ReconcileResult.RequeueAfter(TimeSpan.FromDays(30), "publishAt 2026-12-01T09:30:00+08:00")));
        _fixture.Host.Enqueue(_piece);

        var next = await _fixture.Host.RunUntilIdleAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(new NextWakeup(_piece, ControllerFixture.Start.AddDays(30), "publishAt 2026-12-01T09:30:00+08:00"), next);
        Assert.Equal(1, _runs[_piece]);
    }

    [Fact]
    public async Task RunUntilIdleAsync_WaitsForKeysDueWithinHorizon()
    {
        Register((key, _) => Task.FromResult(_runs[key] == 1 ? ReconcileResult.RequeueAfter(TimeSpan.FromSeconds(30), "Scheduled") : ReconcileResult.Done));
        _fixture.Host.Enqueue(_piece);
        await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);

        var run = _fixture.Host.RunUntilIdleAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.False(run.IsCompleted);
        _fixture.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(await run);
        Assert.Equal(2, _runs[_piece]);
    }

    [Fact]
    public async Task RunUntilIdleAsync_RetriesThrowingReconcilerWithBackoff_UntilItSucceeds()
    {
        Register((key, _) => _runs[key] <= 2 ? throw new HttpRequestException("channel unavailable") : Task.FromResult(ReconcileResult.Done));
        _fixture.Host.Enqueue(_piece);

        var first = await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);
        _fixture.Time.Advance(TimeSpan.FromMilliseconds(5));
        var second = await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);
        _fixture.Time.Advance(TimeSpan.FromMilliseconds(10));
        var third = await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(new NextWakeup(_piece, ControllerFixture.Start.AddMilliseconds(5), "channel unavailable"), first);
        Assert.Equal(ControllerFixture.Start.AddMilliseconds(15), second!.Due);
        Assert.Null(third);
        Assert.Equal(3, _runs[_piece]);
        Assert.Equal(0, _fixture.Queue.NumRequeues(_piece));
        Assert.Equal(2, _fixture.Logger.Entries.Count(entry => entry is { Level: LogLevel.Error, Exception: HttpRequestException }));
    }

    [Fact]
    public async Task RunUntilIdleAsync_DoesNotRetryStalledKey()
    {
        Register((_, _) => Task.FromResult(ReconcileResult.Stalled("SopPolicy company-sop does not exist")));
        _fixture.Host.Enqueue(_piece);

        Assert.Null(await _fixture.Host.RunUntilIdleAsync(TimeSpan.FromDays(1), CancellationToken.None));
        _fixture.Time.Advance(TimeSpan.FromDays(7));
        Assert.Null(await _fixture.Host.RunUntilIdleAsync(TimeSpan.FromDays(1), CancellationToken.None));

        Assert.Equal(1, _runs[_piece]);
        Assert.Equal(0, _fixture.Queue.NumRequeues(_piece));
    }

    [Fact]
    public async Task RunUntilIdleAsync_DropsSupersededDelay_WhenLaterReconcileIsDone()
    {
        Register((key, _) => Task.FromResult(_runs[key] == 1 ? ReconcileResult.RequeueAfter(TimeSpan.FromHours(1), "Scheduled") : ReconcileResult.Done));
        _fixture.Host.Enqueue(_piece);
        await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);

        _fixture.Host.Enqueue(_piece);

        Assert.Null(await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(0, _fixture.Queue.Stats.Delayed);
    }

    [Fact]
    public async Task RunUntilIdleAsync_NeverExceedsWorkerCount()
    {
        const int Workers = 3;
        using var fixture = new ControllerFixture(Workers);
        var active = 0;
        var maxActive = 0;
        var allBusy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fixture.Host.Register(Kind, async (_, _) =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref maxActive, now);
            if (now == Workers)
            {
                allBusy.TrySetResult();
            }

            await allBusy.Task;
            await Task.Yield();
            Interlocked.Decrement(ref active);
            return ReconcileResult.Done;
        });
        for (var i = 0; i < 20; i++)
        {
            fixture.Host.Enqueue(ControllerFixture.Piece($"piece-{i}"));
        }

        await fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(Workers, maxActive);
    }

    [Fact]
    public async Task SuspendAndClearAsync_DropsEverything_CancelsInFlight_AndStopsWorkers()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = 0;
        Register(async (_, cancellationToken) =>
        {
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
                throw;
            }

            return ReconcileResult.Done;
        });
        for (var i = 0; i < 10; i++)
        {
            _fixture.Host.Enqueue(ControllerFixture.Piece($"piece-{i}"));
        }

        _fixture.Queue.AddAfter(_piece, TimeSpan.FromMinutes(1));
        var run = _fixture.Host.RunAsync(CancellationToken.None);
        await started.Task;

        await _fixture.Host.SuspendAndClearAsync();
        await run;
        _fixture.Host.Enqueue(ControllerFixture.Piece("after-suspend"));
        _fixture.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new WorkQueueStats(Depth: 1, InFlight: 0, Delayed: 0, Adds: 11, Retries: 0), _fixture.Queue.Stats);
        Assert.Equal(_runs.Values.Sum(), cancelled);
        Assert.InRange(cancelled, 1, 4);
    }

    [Fact]
    public async Task RunAsync_ReconcilesKeysAddedLater_UntilCancelled()
    {
        var reconciled = new TaskCompletionSource<ResourceKey>(TaskCreationOptions.RunContinuationsAsynchronously);
        Register((key, _) =>
        {
            reconciled.TrySetResult(key);
            return Task.FromResult(ReconcileResult.Done);
        });
        using var cancellation = new CancellationTokenSource();
        var run = _fixture.Host.RunAsync(cancellation.Token);

        _fixture.Host.Enqueue(_piece);

        Assert.Equal(_piece, await reconciled.Task);
        await cancellation.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Enqueue_QueuesDependents_OfAChangedPolicy()
    {
        var policy = new ResourceKey("SopPolicy", "diabetes", "company-sop");
        var other = ControllerFixture.Piece("klp-sms-reminder-nov");
        _fixture.Dependencies.Watch("SopPolicy", _ => [_piece, other]);
        Register((_, _) => Task.FromResult(ReconcileResult.Done));

        _fixture.Host.Enqueue(policy);
        await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal([_piece, other], _runs.Keys.OrderBy(key => key.Name));
    }

    [Fact]
    public async Task RunUntilIdleAsync_DropsKeyOfUnregisteredKind_WithWarning()
    {
        _fixture.Queue.Add(new ResourceKey("Audience", "diabetes", "tier3-endocrinology"));

        Assert.Null(await _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Contains(_fixture.Logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("no reconciler", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_Throws_WhenRunTwiceAtOnce_OrKindRegisteredTwice()
    {
        Register((_, _) => Task.FromResult(ReconcileResult.Done));
        using var cancellation = new CancellationTokenSource();
        var run = _fixture.Host.RunAsync(cancellation.Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _fixture.Host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => Register((_, _) => Task.FromResult(ReconcileResult.Done)));
        await cancellation.CancelAsync();
        await run;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    private void Register(Func<ResourceKey, CancellationToken, Task<ReconcileResult>> reconcile) =>
        _fixture.Host.Register(Kind, (key, cancellationToken) =>
        {
            _runs.AddOrUpdate(key, 1, (_, runs) => runs + 1);
            return reconcile(key, cancellationToken);
        });
}
