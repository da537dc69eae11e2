namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// The allocator as a send planner or next-best-action ranking uses it: by names. The planner decides which arms
/// an HCP may receive (consent, caps, quiet hours, approved variants); the allocator only chooses among them and
/// learns from the engagement each send produced.
/// </summary>
public sealed class EngagementAllocator(AllocationSpace space, IArmPolicy policy)
{
    public AllocationSpace Space => space;

    /// <summary>The arm to send, or null when no allowed arm is in the space (an unknown segment is an error).</summary>
    public AllocationArm? Choose(string segment, IEnumerable<AllocationArm> allowed)
    {
        var mask = new bool[space.ArmCount];
        var any = false;
        foreach (var arm in allowed)
        {
            var index = space.IndexOf(arm);
            if (index >= 0)
            {
                mask[index] = any = true;
            }
        }

        if (!any)
        {
            return null;
        }

        var chosen = policy.Choose(SegmentIndex(segment), mask);
        return chosen < 0 ? null : space.Arm(chosen);
    }

    /// <summary>Feeds one send's outcome back; arms outside the space are ignored.</summary>
    public void Record(string segment, AllocationArm arm, bool engaged)
    {
        var index = space.IndexOf(arm);
        if (index >= 0)
        {
            policy.Observe(SegmentIndex(segment), index, engaged);
        }
    }

    private int SegmentIndex(string segment)
    {
        var index = space.SegmentIndex(segment);
        return index >= 0 ? index : throw new ArgumentException($"Segment '{segment}' is not in the allocation space ({string.Join(", ", space.Segments)}).", nameof(segment));
    }
}
