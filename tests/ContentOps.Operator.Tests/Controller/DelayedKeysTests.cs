using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

public sealed class DelayedKeysTests : IDisposable
{
    private static readonly ResourceKey _piece = ControllerFixture.Piece("expires-next-year");
    private readonly FakeTimeProvider _time = new(ControllerFixture.Start);
    private readonly WorkQueue _queue;

    public DelayedKeysTests() => _queue = new WorkQueue(_time, new RequeueBackoffOptions { JitterFactor = 0 }.CreateLimiter(_time));

    public void Dispose() => _queue.Dispose();

    [Fact]
    public async Task AddAfter_MonthsAhead_DoesNotThrow_AndTheKeyComesDueThen()
    {
        // Timers reject delays over ~49.7 days; a published piece is requeued at its expireAt, often months away.
        _queue.AddAfter(_piece, TimeSpan.FromDays(200));

        _time.Advance(TimeSpan.FromDays(199));
        Assert.Equal(0, _queue.Stats.Depth);
        for (var day = 0; day < 2; day++)
        {
            _time.Advance(TimeSpan.FromDays(1));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(_piece, await _queue.GetAsync(timeout.Token));
    }
}
