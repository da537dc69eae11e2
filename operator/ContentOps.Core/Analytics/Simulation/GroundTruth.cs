using ContentOps.Core.Analytics.Allocation;

namespace ContentOps.Core.Analytics.Simulation;

/// <summary>
/// The hidden response rate of every segment × variant × channel × hour, generated from a seed and never shown to
/// a policy. Rates are built in logit space from a segment base, segment × channel affinity, a per-channel
/// time-of-day curve, a segment-specific hour shift, segment × variant and variant × channel preferences, and an
/// unstructured per-cell residual, so no policy's model is exactly the truth.
/// </summary>
public sealed class GroundTruth
{
    private readonly double[,] _rate;

    private GroundTruth(AllocationSpace space, double[,] rate)
    {
        Space = space;
        _rate = rate;
    }

    public AllocationSpace Space { get; }

    public double Rate(int segment, int arm) => _rate[segment, arm];

    public static GroundTruth Generate(AllocationSpace space, int seed)
    {
        var random = SeedStreams.For(seed, 0x7a3e);
        int s = space.Segments.Count, v = space.Variants.Count, c = space.Channels.Count, h = space.Hours.Count;
        var segmentBase = Draw(random, s, Logit(0.06), 0.4);
        var segmentChannel = Draw(random, s * c, 0, 0.5);
        var segmentVariant = Draw(random, s * v, 0, 0.3);
        var variantChannel = Draw(random, v * c, 0, 0.2);
        var segmentHour = Draw(random, s * h, 0, 0.15);
        var channelHour = new double[c * h];
        for (var ci = 0; ci < c; ci++)
        {
            var peak = 8 + (12 * random.NextDouble());
            var width = 2.5 + (3 * random.NextDouble());
            for (var hi = 0; hi < h; hi++)
            {
                var distance = (space.Hours[hi] - peak) / width;
                channelHour[(ci * h) + hi] = (-0.6 * distance * distance) + (0.1 * random.NextStandardNormal());
            }
        }

        var rate = new double[s, space.ArmCount];
        for (var seg = 0; seg < s; seg++)
        {
            for (var arm = 0; arm < space.ArmCount; arm++)
            {
                var (vi, ci, hi) = space.Decompose(arm);
                var logit = segmentBase[seg] + segmentChannel[(seg * c) + ci] + segmentVariant[(seg * v) + vi] + variantChannel[(vi * c) + ci]
                    + segmentHour[(seg * h) + hi] + channelHour[(ci * h) + hi] + (0.15 * random.NextStandardNormal());
                rate[seg, arm] = Math.Clamp(1.0 / (1.0 + Math.Exp(-logit)), 0.002, 0.9);
            }
        }

        return new GroundTruth(space, rate);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double[] Draw(Random random, int count, double mean, double sd)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = mean + (sd * random.NextStandardNormal());
        }

        return values;
    }
}
