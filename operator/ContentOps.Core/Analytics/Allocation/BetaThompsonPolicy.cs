namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// Tabular Thompson sampling: an independent Beta(1 + engaged, 1 + not engaged) posterior per segment × arm.
/// Learns nothing across arms, so it needs many sends per cell; kept as the reference the factored policy is
/// measured against.
/// </summary>
public sealed class BetaThompsonPolicy(AllocationSpace space, Random random) : IArmPolicy
{
    private readonly int[,] _engaged = new int[space.Segments.Count, space.ArmCount];
    private readonly int[,] _missed = new int[space.Segments.Count, space.ArmCount];

    public string Name => "thompson-beta";

    public int Choose(int segment, ReadOnlySpan<bool> allowed)
    {
        var best = -1;
        var bestDraw = double.NegativeInfinity;
        for (var arm = 0; arm < allowed.Length; arm++)
        {
            if (!allowed[arm])
            {
                continue;
            }

            var draw = random.NextBeta(1 + _engaged[segment, arm], 1 + _missed[segment, arm]);
            if (draw > bestDraw)
            {
                (best, bestDraw) = (arm, draw);
            }
        }

        return best;
    }

    public void Observe(int segment, int arm, bool engaged)
    {
        if (engaged)
        {
            _engaged[segment, arm]++;
        }
        else
        {
            _missed[segment, arm]++;
        }
    }
}
