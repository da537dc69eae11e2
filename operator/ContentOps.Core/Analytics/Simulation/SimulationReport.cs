namespace ContentOps.Core.Analytics.Simulation;

/// <summary>The result of <c>contentops simulate</c>: the learning allocator, the tabular Thompson reference, uniform and the oracle.</summary>
public sealed record SimulationReport(
    int Seed,
    int Sends,
    int Segments,
    int Arms,
    PolicyOutcome Allocator,
    PolicyOutcome BetaBernoulli,
    PolicyOutcome Uniform,
    PolicyOutcome Oracle,
    IReadOnlyList<RegretCheckpoint> Checkpoints)
{
    /// <summary>Allocator regret as a share of uniform's (the benchmark asks for below 0.5).</summary>
    public double RegretRatio => Uniform.Regret <= 0 ? 0 : Allocator.Regret / Uniform.Regret;
}

/// <summary>Cumulative regret of each policy after <see cref="Sends"/> sends.</summary>
public sealed record RegretCheckpoint(int Sends, double Allocator, double BetaBernoulli, double Uniform);
