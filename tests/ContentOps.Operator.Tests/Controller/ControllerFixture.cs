using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

/// <summary>A controller on a fake clock, without jitter unless asked, so due times are exact.</summary>
internal sealed class ControllerFixture : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public ControllerFixture(int workers = 2, double jitter = 0)
    {
        var options = new ControllerOptions { Workers = workers, Backoff = new RequeueBackoffOptions { JitterFactor = jitter } };
        Queue = new WorkQueue(Time, options.Backoff.CreateLimiter(Time, new Random(7)));
        Dependencies = new DependencyIndex(new CapturingLogger<DependencyIndex>());
        Host = new ControllerHost(Queue, Dependencies, options, Time, Logger);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public CapturingLogger<ControllerHost> Logger { get; } = new();

    public WorkQueue Queue { get; }

    public DependencyIndex Dependencies { get; }

    public ControllerHost Host { get; }

    public static ResourceKey Piece(string name) => new("ContentPiece", "diabetes", name);

    public void Dispose() => Queue.Dispose();
}
