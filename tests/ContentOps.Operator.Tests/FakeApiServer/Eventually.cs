using System.Diagnostics;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>Polls a condition with a generous bound, so tests stay robust on a loaded 2-core runner without fixed sleeps.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeout ?? DefaultTimeout;
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0} s waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }
}
