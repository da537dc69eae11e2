namespace ContentOps.Core.Analytics.Allocation;

/// <summary>One choice the allocator can make for a send: which variant, on which channel, at which local hour.</summary>
public readonly record struct AllocationArm(string Variant, string Channel, int Hour)
{
    public override string ToString() => $"{Variant}/{Channel}@{Hour:00}h";
}
