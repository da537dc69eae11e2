namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// The features of a segment × arm for the factored model: a bias, the four main effects (segment, variant,
/// channel, hour), their six pairwise interactions, and the cell itself (segment × variant × channel × hour) as a
/// residual. Pairs share what is learned across arms (an evening lift on email seen with one variant helps
/// every variant); the cell term lets the model fit what no pair explains once enough sends exist.
/// </summary>
internal sealed class ProbitFeatureMap
{
    /// <summary>Feature groups in the order of <see cref="FeaturesOf"/>; the prior variance is per group.</summary>
    public enum Group
    {
        Bias, Segment, Variant, Channel, Hour, SegmentVariant, SegmentChannel, SegmentHour, VariantChannel, VariantHour, ChannelHour, Cell,
    }

    public const int PerArm = 12;

    private readonly int[] _ids;

    public ProbitFeatureMap(AllocationSpace space)
    {
        int s = space.Segments.Count, v = space.Variants.Count, c = space.Channels.Count, h = space.Hours.Count;
        int[] sizes = [1, s, v, c, h, s * v, s * c, s * h, v * c, v * h, c * h, s * space.ArmCount];
        var offsets = new int[sizes.Length];
        GroupOf = new Group[sizes.Sum()];
        for (int g = 0, next = 0; g < sizes.Length; next += sizes[g], g++)
        {
            offsets[g] = next;
            Array.Fill(GroupOf, (Group)g, next, sizes[g]);
        }

        FeatureCount = GroupOf.Length;
        _ids = new int[s * space.ArmCount * PerArm];
        for (var seg = 0; seg < s; seg++)
        {
            for (var arm = 0; arm < space.ArmCount; arm++)
            {
                var (vi, ci, hi) = space.Decompose(arm);
                int[] local = [0, seg, vi, ci, hi, (seg * v) + vi, (seg * c) + ci, (seg * h) + hi, (vi * c) + ci, (vi * h) + hi, (ci * h) + hi, (seg * space.ArmCount) + arm];
                var at = ((seg * space.ArmCount) + arm) * PerArm;
                for (var g = 0; g < PerArm; g++)
                {
                    _ids[at + g] = offsets[g] + local[g];
                }
            }
        }

        ArmCount = space.ArmCount;
    }

    public int FeatureCount { get; }

    public Group[] GroupOf { get; }

    private int ArmCount { get; }

    public ReadOnlySpan<int> FeaturesOf(int segment, int arm) => _ids.AsSpan(((segment * ArmCount) + arm) * PerArm, PerArm);
}
