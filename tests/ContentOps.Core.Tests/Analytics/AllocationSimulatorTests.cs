using ContentOps.Core.Analytics.Allocation;
using ContentOps.Core.Analytics.Simulation;

namespace ContentOps.Core.Tests.Analytics;

public sealed class AllocationSimulatorTests
{
    [Theory]
    [InlineData(101)]
    [InlineData(202)]
    [InlineData(303)]
    public void Run_AllocatorRegretIsBelowHalfOfUniform_Over50000Sends(int seed)
    {
        var report = new AllocationSimulator(AllocationSimulator.DefaultSpace).Run(seed, 50_000);

        Assert.True(report.Allocator.Regret < report.Uniform.Regret / 2, $"allocator {report.Allocator.Regret:F0} vs uniform {report.Uniform.Regret:F0}");
        Assert.True(report.Allocator.Regret < report.BetaBernoulli.Regret, "the factored model learns faster than independent cells");
    }

    [Fact]
    public void Run_IsReproducible_ForTheSameSeed_AndDiffersAcrossSeeds()
    {
        var simulator = new AllocationSimulator(AllocationSimulator.DefaultSpace);

        var first = simulator.Run(7, 3_000);
        var again = simulator.Run(7, 3_000);
        var other = simulator.Run(8, 3_000);

        Assert.Equal(first.Allocator, again.Allocator);
        Assert.Equal(first.Oracle, again.Oracle);
        Assert.NotEqual(first.Oracle.ExpectedReward, other.Oracle.ExpectedReward);
    }

    [Fact]
    public void Run_OracleHasNoRegret_AndEveryPolicyHasSome()
    {
        var report = new AllocationSimulator(AllocationSimulator.DefaultSpace).Run(11, 5_000);

        Assert.Equal(0, report.Oracle.Regret);
        Assert.All(new[] { report.Allocator, report.BetaBernoulli, report.Uniform }, o => Assert.True(o.Regret > 0));
        Assert.Equal(5_000, report.Checkpoints[^1].Sends);
    }

    [Fact]
    public void GroundTruth_RatesAreProbabilities_AndSpreadAcrossArms()
    {
        var truth = GroundTruth.Generate(AllocationSimulator.DefaultSpace, 5);
        var rates = Enumerable.Range(0, truth.Space.ArmCount).Select(a => truth.Rate(0, a)).ToList();

        Assert.All(rates, r => Assert.InRange(r, 0.002, 0.9));
        Assert.True(rates.Max() > 2 * rates.Min(), "arms must differ for allocation to matter");
    }

    [Fact]
    public void EngagementAllocator_ChoosesOnlyAmongTheAllowedArms_ByName()
    {
        var space = AllocationSimulator.DefaultSpace;
        var allocator = new EngagementAllocator(space, new ProbitThompsonPolicy(space, new Random(1)));
        AllocationArm[] allowed = [new("B", "email", 18), new("C", "wechat", 10), new("Z", "fax", 3)];

        for (var i = 0; i < 100; i++)
        {
            var arm = allocator.Choose("cardiology", allowed);
            Assert.Contains(arm!.Value, allowed[..2]);
            allocator.Record("cardiology", arm.Value, i % 3 == 0);
        }

        Assert.Null(allocator.Choose("cardiology", [new("Z", "fax", 3)]));
        Assert.Throws<ArgumentException>(() => allocator.Choose("dermatology", allowed));
    }
}
