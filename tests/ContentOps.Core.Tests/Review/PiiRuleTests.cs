namespace ContentOps.Core.Tests.Review;

public sealed class PiiRuleTests
{
    [Theory]
    [InlineData("联系电话：138 0013 8000。", "138******8000")]
    [InlineData("身份证号11010519491231002X。", "110***********002X")]
    public void Review_FlagsPersonalNumbers_AndMasksThem(string text, string masked)
    {
        Assert.Equal(masked, Assert.Single(Contexts.ReviewChina(text, Contexts.HcpAcademic).Rule("pii")).Match);
    }

    [Theory]
    [InlineData("身份证号110105194912310021。")]
    [InlineData("患者王女士，56岁，确诊2型糖尿病。")]
    [InlineData("咨询热线400-123-4567。")]
    public void Review_DoesNotFlag_InvalidIdsAnonymisedNamesOrHotlines(string text)
    {
        Assert.Empty(Contexts.ReviewChina(text, Contexts.HcpAcademic).Rule("pii"));
    }
}
