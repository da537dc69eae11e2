namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// The decision space: segments (the context) and the arms variants × channels × send hours.
/// Arms are numbered densely, variant-major, so a feasibility mask is a <c>bool</c> per arm index.
/// </summary>
public sealed record AllocationSpace
{
    public AllocationSpace(IReadOnlyList<string> segments, IReadOnlyList<string> variants, IReadOnlyList<string> channels, IReadOnlyList<int> hours)
    {
        if (segments.Count == 0 || variants.Count == 0 || channels.Count == 0 || hours.Count == 0)
        {
            throw new ArgumentException("An allocation space needs at least one segment, variant, channel and hour.");
        }

        Segments = segments;
        Variants = variants;
        Channels = channels;
        Hours = hours;
    }

    public IReadOnlyList<string> Segments { get; }

    public IReadOnlyList<string> Variants { get; }

    public IReadOnlyList<string> Channels { get; }

    public IReadOnlyList<int> Hours { get; }

    public int ArmCount => Variants.Count * Channels.Count * Hours.Count;

    public int ArmIndex(int variant, int channel, int hour) => ((variant * Channels.Count) + channel) * Hours.Count + hour;

    public (int Variant, int Channel, int Hour) Decompose(int arm)
    {
        var hour = arm % Hours.Count;
        var rest = arm / Hours.Count;
        return (rest / Channels.Count, rest % Channels.Count, hour);
    }

    public AllocationArm Arm(int arm)
    {
        var (variant, channel, hour) = Decompose(arm);
        return new AllocationArm(Variants[variant], Channels[channel], Hours[hour]);
    }

    /// <summary>The arm's index, or -1 when its variant, channel or hour is not in this space.</summary>
    public int IndexOf(AllocationArm arm)
    {
        var variant = IndexIn(Variants, arm.Variant);
        var channel = IndexIn(Channels, arm.Channel);
        var hour = Hours.ToList().IndexOf(arm.Hour);
        return variant < 0 || channel < 0 || hour < 0 ? -1 : ArmIndex(variant, channel, hour);
    }

    public int SegmentIndex(string segment) => IndexIn(Segments, segment);

    private static int IndexIn(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
