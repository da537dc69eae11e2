namespace ContentOps.Operator.Distribution;

/// <summary>A clock stopped at one instant: <c>--now</c> of the planning verbs.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
