using ContentOps.Core.Analytics.Allocation;

namespace ContentOps.Core.Tests.Analytics;

public sealed class ProbitThompsonPolicyTests
{
    private static readonly AllocationSpace _space = new(["s1", "s2"], ["A", "B"], ["wechat", "email"], [9, 18]);

    [Fact]
    public void Choose_NeverPicksAnArmTheMaskForbids()
    {
        var policy = new ProbitThompsonPolicy(_space, new Random(3));
        var random = new Random(4);
        var allowed = new bool[_space.ArmCount];
        for (var i = 0; i < 2_000; i++)
        {
            for (var a = 0; a < allowed.Length; a++)
            {
                allowed[a] = random.NextDouble() < 0.3;
            }

            allowed[random.Next(allowed.Length)] = true;
            var arm = policy.Choose(i % 2, allowed);
            Assert.True(allowed[arm]);
            policy.Observe(i % 2, arm, random.NextDouble() < 0.2);
        }
    }

    [Fact]
    public void Choose_ReturnsNoArm_WhenTheMaskAllowsNone()
    {
        Assert.Equal(-1, new ProbitThompsonPolicy(_space, new Random(1)).Choose(0, new bool[_space.ArmCount]));
    }

    [Fact]
    public void Policy_ConvergesOnTheBestArmPerSegment_WhenSegmentsDisagree()
    {
        var policy = new ProbitThompsonPolicy(_space, new Random(5));
        var outcomes = new Random(6);
        var best = new[] { _space.IndexOf(new("A", "wechat", 18)), _space.IndexOf(new("B", "email", 9)) };
        var allowed = Enumerable.Repeat(true, _space.ArmCount).ToArray();
        var lastChoices = new int[2];
        for (var i = 0; i < 6_000; i++)
        {
            var segment = i % 2;
            var arm = policy.Choose(segment, allowed);
            policy.Observe(segment, arm, outcomes.NextDouble() < (arm == best[segment] ? 0.30 : 0.08));
            if (i >= 5_000 && arm == best[segment])
            {
                lastChoices[segment]++;
            }
        }

        Assert.All(lastChoices, hits => Assert.True(hits > 450, $"best arm chosen {hits} of the last 500 sends"));
        Assert.InRange(policy.PredictedRate(0, best[0]), 0.2, 0.4);
    }
}
