using ContentOps.Core.Analytics.Allocation;

namespace ContentOps.Core.Analytics.Simulation;

/// <summary>
/// Replays the same stream of simulated sends to every policy (common random numbers: one HCP, one feasibility
/// mask and one outcome draw per send, so policies differ only in what they choose) and scores them against the
/// oracle that knows the hidden rates and picks the best allowed arm.
/// </summary>
public sealed class AllocationSimulator(AllocationSpace space)
{
    /// <summary>The space <c>contentops simulate</c> uses: 5 segments × 3 variants × 3 channels × 7 send hours.</summary>
    public static AllocationSpace DefaultSpace { get; } = new(
        ["endocrinology-tier1", "endocrinology-tier2", "cardiology", "primary-care", "pharmacist"],
        ["A", "B", "C"],
        ["wechat", "email", "sms"],
        [8, 10, 12, 14, 16, 18, 20]);

    public SimulationReport Run(int seed, int sends)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sends);
        var truth = GroundTruth.Generate(space, seed);
        var audience = new SimulatedAudience(space, seed);
        var policies = new IArmPolicy[]
        {
            new ProbitThompsonPolicy(space, SeedStreams.For(seed, 1)),
            new BetaThompsonPolicy(space, SeedStreams.For(seed, 2)),
            new UniformPolicy(SeedStreams.For(seed, 3)),
        };
        var reward = new long[policies.Length + 1];
        var expected = new double[policies.Length + 1];
        var checkpoints = new List<RegretCheckpoint>();
        var allowed = new bool[space.ArmCount];
        for (var n = 1; n <= sends; n++)
        {
            var (segment, outcome) = audience.Next(allowed);
            var best = BestAllowed(truth, segment, allowed);
            var oracle = policies.Length;
            expected[oracle] += best;
            reward[oracle] += outcome < best ? 1 : 0;
            for (var p = 0; p < policies.Length; p++)
            {
                var arm = policies[p].Choose(segment, allowed);
                var rate = truth.Rate(segment, arm);
                var engaged = outcome < rate;
                policies[p].Observe(segment, arm, engaged);
                expected[p] += rate;
                reward[p] += engaged ? 1 : 0;
            }

            if (IsCheckpoint(n, sends))
            {
                checkpoints.Add(new RegretCheckpoint(n, expected[oracle] - expected[0], expected[oracle] - expected[1], expected[oracle] - expected[2]));
            }
        }

        PolicyOutcome Outcome(int p, string name) => new(name, reward[p], expected[p], expected[policies.Length] - expected[p]);
        return new SimulationReport(
            seed, sends, space.Segments.Count, space.ArmCount,
            Outcome(0, policies[0].Name), Outcome(1, policies[1].Name), Outcome(2, policies[2].Name), Outcome(3, "oracle"), checkpoints);
    }

    private static bool IsCheckpoint(int n, int sends) => n == sends || (n % 10_000 == 0) || n is 1_000 or 5_000;

    private static double BestAllowed(GroundTruth truth, int segment, ReadOnlySpan<bool> allowed)
    {
        var best = 0.0;
        for (var arm = 0; arm < allowed.Length; arm++)
        {
            if (allowed[arm])
            {
                best = Math.Max(best, truth.Rate(segment, arm));
            }
        }

        return best;
    }
}
