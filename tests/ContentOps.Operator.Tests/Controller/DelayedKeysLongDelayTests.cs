using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

/// <summary>
/// Keys requeued months ahead (a piece's expireAt) once crashed <c>contentops run</c>: the system timer rejects due
/// times beyond ~49.7 days.
/// </summary>
public sealed class DelayedKeysLongDelayTests
{
    private static readonly ResourceKey _a = ControllerFixture.Piece("a");

    [Fact]
    public void AddAfter_AcceptsDelayOfMonths_OnSystemClock()
    {
        using var queue = new WorkQueue(TimeProvider.System, new RequeueBackoffOptions().CreateLimiter(TimeProvider.System));

        queue.AddAfter(_a, TimeSpan.FromDays(188));

        Assert.Equal(1, queue.Stats.Delayed);
    }

    [Fact]
    public async Task AddAfter_HandsOutKeyDueInMonths_OnlyWhenDue()
    {
        var time = new FakeTimeProvider(ControllerFixture.Start);
        using var queue = new WorkQueue(time, new RequeueBackoffOptions { JitterFactor = 0 }.CreateLimiter(time));
        queue.AddAfter(_a, TimeSpan.FromDays(188));
        var pending = queue.GetAsync(CancellationToken.None);

        for (var day = 0; day < 187; day++)
        {
            time.Advance(TimeSpan.FromDays(1));
        }

        time.Advance(TimeSpan.FromHours(23));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(_a, await pending);
    }
}
