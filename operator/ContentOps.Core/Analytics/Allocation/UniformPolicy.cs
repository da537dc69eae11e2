namespace ContentOps.Core.Analytics.Allocation;

/// <summary>The baseline: every allowed arm equally likely, nothing learned.</summary>
public sealed class UniformPolicy(Random random) : IArmPolicy
{
    public string Name => "uniform";

    public int Choose(int segment, ReadOnlySpan<bool> allowed)
    {
        var count = 0;
        foreach (var ok in allowed)
        {
            count += ok ? 1 : 0;
        }

        if (count == 0)
        {
            return -1;
        }

        var pick = random.Next(count);
        for (var arm = 0; arm < allowed.Length; arm++)
        {
            if (allowed[arm] && pick-- == 0)
            {
                return arm;
            }
        }

        return -1;
    }

    public void Observe(int segment, int arm, bool engaged)
    {
    }
}
