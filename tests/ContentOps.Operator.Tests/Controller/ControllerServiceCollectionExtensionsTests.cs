using ContentOps.Operator.Controller;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

public sealed class ControllerServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddController_ComposesAHost_OnTheRegisteredClock()
    {
        var time = new FakeTimeProvider(ControllerFixture.Start);
        await using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddController(new ControllerOptions { Workers = 3 })
            .BuildServiceProvider();
        var host = provider.GetRequiredService<ControllerHost>();
        host.Register("ContentPiece", (_, _) => Task.FromResult(ReconcileResult.RequeueAfter(TimeSpan.FromHours(1), "Scheduled")));

        host.Enqueue(ControllerFixture.Piece("a"));

        Assert.Equal(ControllerFixture.Start.AddHours(1), (await host.RunUntilIdleAsync(TimeSpan.Zero, CancellationToken.None))!.Due);
        Assert.IsType<InMemoryEventRecorder>(provider.GetRequiredService<IEventRecorder>());
    }
}
