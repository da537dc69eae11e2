using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Generation.Intent;

namespace ContentOps.Core.Tests.Generation;

public sealed class SegmentMatcherTests
{
    private static readonly Segment _tier3 = new() { Name = "tier3-endo", Description = "三级医院内分泌科医生", HospitalTiers = ["tier3"], Specialties = ["endocrinology"] };
    private static readonly Segment _tier2 = new() { Name = "tier2-endo", HospitalTiers = ["tier2"], Specialties = ["endocrinology"] };
    private static readonly Segment _gp = new() { Name = "community-gp", Description = "社区卫生服务中心全科医生", HospitalTiers = ["community"], Specialties = ["general-practice"] };
    private static readonly Segment _oncology = new() { Name = "onc", Description = "肿瘤专科医生" };

    [Theory]
    [InlineData("三级医院", "tier3-endo")]
    [InlineData("三甲医院内分泌科", "tier3-endo")]
    [InlineData("二级医院", "tier2-endo")]
    [InlineData("基层医生", "community-gp")]
    [InlineData("全科医生", "community-gp")]
    [InlineData("肿瘤专科", "onc")]
    public void For_PicksTheSegmentTheDirectiveAddresses(string who, string segment)
    {
        var directive = new SegmentDirective(who, "", []);

        var matched = new[] { _tier3, _tier2, _gp, _oncology }.Where(s => SegmentMatcher.Matches(directive, s)).Select(s => s.Name);

        Assert.Equal([segment], matched);
    }
}
