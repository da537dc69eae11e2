using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

public sealed class WorkQueueTests : IDisposable
{
    private static readonly ResourceKey _a = ControllerFixture.Piece("a");
    private static readonly ResourceKey _b = ControllerFixture.Piece("b");
    private readonly FakeTimeProvider _time = new(ControllerFixture.Start);
    private readonly WorkQueue _queue;

    public WorkQueueTests()
    {
        var backoff = new RequeueBackoffOptions { JitterFactor = 0 };
        _queue = new WorkQueue(_time, backoff.CreateLimiter(_time));
    }

    public void Dispose() => _queue.Dispose();

    [Fact]
    public void Add_HoldsKeyOnce_WhenAddedHundredTimes()
    {
        for (var i = 0; i < 100; i++)
        {
            _queue.Add(_a);
        }

        Assert.Equal(new WorkQueueStats(Depth: 1, InFlight: 0, Delayed: 0, Adds: 1, Retries: 0), _queue.Stats);
    }

    [Fact]
    public async Task GetAsync_HandsOutKeysInOrder()
    {
        _queue.Add(_a);
        _queue.Add(_b);

        Assert.Equal(_a, await _queue.GetAsync(CancellationToken.None));
        Assert.Equal(_b, await _queue.GetAsync(CancellationToken.None));
        Assert.Equal(2, _queue.Stats.InFlight);
    }

    [Fact]
    public async Task Add_DuringProcessing_QueuesKeyOnceAfterDone()
    {
        _queue.Add(_a);
        var key = await _queue.GetAsync(CancellationToken.None);
        _queue.Add(_a);
        _queue.Add(_a);

        Assert.Equal(0, _queue.Stats.Depth);
        _queue.Done(key!.Value);
        Assert.Equal(1, _queue.Stats.Depth);
        Assert.Equal(_a, await _queue.GetAsync(CancellationToken.None));
        Assert.Equal(0, _queue.Stats.Depth);
    }

    [Fact]
    public async Task GetAsync_Waits_UntilKeyIsAdded()
    {
        var pending = _queue.GetAsync(CancellationToken.None);
        Assert.False(pending.IsCompleted);

        _queue.Add(_a);

        Assert.Equal(_a, await pending);
        Assert.Equal(1, _queue.Stats.InFlight);
    }

    [Fact]
    public async Task GetAsync_Cancelled_DoesNotSwallowLaterKey()
    {
        using var cancellation = new CancellationTokenSource();
        var pending = _queue.GetAsync(cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);

        _queue.Add(_a);

        Assert.Equal(1, _queue.Stats.Depth);
    }

    [Fact]
    public async Task AddAfter_KeepsEarliestDueTime()
    {
        _queue.AddAfter(_a, TimeSpan.FromSeconds(10));
        _queue.AddAfter(_a, TimeSpan.FromSeconds(5));
        _queue.AddAfter(_a, TimeSpan.FromSeconds(20));
        var pending = _queue.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(4.999));
        Assert.False(pending.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(_a, await pending);
        Assert.Equal(0, _queue.Stats.Delayed);
    }

    [Fact]
    public void AddAfter_AddsAtOnce_WhenDelayIsNotPositive()
    {
        _queue.AddAfter(_a, TimeSpan.Zero);

        Assert.Equal(1, _queue.Stats.Depth);
    }

    [Fact]
    public async Task AddRateLimited_DoublesDelay_AndForgetResetsIt()
    {
        _queue.AddRateLimited(_a);
        _queue.AddRateLimited(_a);
        Assert.Equal(ControllerFixture.Start.AddMilliseconds(5), (await _queue.WaitForIdleAsync(TimeSpan.Zero, CancellationToken.None))!.Due);
        Assert.Equal(2, _queue.NumRequeues(_a));

        _queue.Forget(_a);

        Assert.Equal(0, _queue.NumRequeues(_a));
        Assert.Equal(2, _queue.Stats.Retries);
    }

    [Fact]
    public async Task WaitForIdleAsync_ReturnsEarliestDelayedKey_BeyondHorizon()
    {
        _queue.AddAfter(_b, TimeSpan.FromHours(2));
        _queue.AddAfter(_a, TimeSpan.FromHours(1));

        var next = await _queue.WaitForIdleAsync(TimeSpan.FromMinutes(30), CancellationToken.None);

        Assert.Equal(new NextWakeup(_a, ControllerFixture.Start.AddHours(1)), next);
    }

    [Fact]
    public async Task WaitForIdleAsync_Waits_WhileKeyIsInFlight()
    {
        _queue.Add(_a);
        var key = await _queue.GetAsync(CancellationToken.None);
        var idle = _queue.WaitForIdleAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.False(idle.IsCompleted);

        _queue.Done(key!.Value);

        Assert.Null(await idle);
    }

    [Fact]
    public async Task ForgetStaleDelay_KeepsRequestMadeDuringProcessing()
    {
        _queue.AddAfter(_a, TimeSpan.FromMinutes(1));
        _queue.AddAfter(_b, TimeSpan.FromMinutes(1));
        _queue.Add(_a);
        _queue.Add(_b);
        var a = (await _queue.GetAsync(CancellationToken.None))!.Value;
        var b = (await _queue.GetAsync(CancellationToken.None))!.Value;
        _queue.AddAfter(b, TimeSpan.FromHours(1));

        _queue.ForgetStaleDelay(a);
        _queue.ForgetStaleDelay(b);
        _queue.Done(a);
        _queue.Done(b);

        // b's new, later request merged into its earlier entry and counts as recent, so it survives.
        var next = await _queue.WaitForIdleAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(new NextWakeup(_b, ControllerFixture.Start.AddMinutes(1)), next);
        Assert.Equal(1, _queue.Stats.Delayed);
    }

    [Fact]
    public async Task Clear_DropsQueuedDelayedAndBackoff_ButNotTheKeyInFlight()
    {
        _queue.Add(_a);
        var key = await _queue.GetAsync(CancellationToken.None);
        _queue.Add(_a);
        _queue.Add(_b);
        _queue.AddRateLimited(_b);

        _queue.Clear();
        _queue.Done(key!.Value);

        Assert.Equal(new WorkQueueStats(0, 0, 0, 3, 1), _queue.Stats);
        Assert.Equal(0, _queue.NumRequeues(_b));
    }

    [Fact]
    public async Task ShutDown_ReleasesWaiters_AndIgnoresLaterAdds()
    {
        var pending = _queue.GetAsync(CancellationToken.None);

        _queue.ShutDown();
        _queue.Add(_a);

        Assert.Null(await pending);
        Assert.Null(await _queue.GetAsync(CancellationToken.None));
        Assert.Equal(0, _queue.Stats.Depth);
    }

    [Fact]
    public async Task ShutDownWithDrainAsync_HandsOutQueuedKeys_ThenCompletes()
    {
        _queue.Add(_a);
        _queue.Add(_b);
        var first = (await _queue.GetAsync(CancellationToken.None))!.Value;
        _queue.Add(first);

        var drained = _queue.ShutDownWithDrainAsync(CancellationToken.None);
        _queue.Add(ControllerFixture.Piece("late"));
        var second = (await _queue.GetAsync(CancellationToken.None))!.Value;
        _queue.Done(first);
        var again = (await _queue.GetAsync(CancellationToken.None))!.Value;
        var waiting = _queue.GetAsync(CancellationToken.None);
        _queue.Done(second);
        _queue.Done(again);

        await drained;
        Assert.Equal((_b, _a), (second, again));
        Assert.Null(await waiting);
    }
}
