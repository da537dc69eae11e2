using ContentOps.Core.Analytics.Comments;

namespace ContentOps.Core.Tests.Analytics.Comments;

public sealed class AdverseEventDetectorTests
{
    private static readonly AdverseEventDetector _detector = new(["康力平", "澜格列汀"]);

    [Fact]
    public void Detect_FlagsAPatientCase_WithProductSymptomAndSeriousness()
    {
        var signal = _detector.Detect("我有个患者服用康力平两周后出现上腹痛，住院诊断急性胰腺炎。");

        Assert.NotNull(signal);
        Assert.Equal("康力平", signal.Product);
        Assert.Contains("胰腺炎", signal.Symptoms);
        Assert.True(signal.Serious);
    }

    [Fact]
    public void Detect_FlagsACase_ThatNamesNoProduct_ButSaysTheMedicineWasTaken()
    {
        var signal = _detector.Detect("病人用药后第三天开始恶心呕吐，停药后好转。");

        Assert.NotNull(signal);
        Assert.Null(signal.Product);
        Assert.False(signal.Serious);
    }

    [Theory]
    [InlineData("如果患者服药后出现皮疹应该怎么处理？")]
    [InlineData("说明书里写的患者常见不良反应有鼻咽炎和头痛。")]
    [InlineData("我们一百多例患者用药，没有出现低血糖。")]
    [InlineData("请问头痛的发生率是多少？")]
    [InlineData("患者血糖控制得很好，服药方便。")]
    public void Detect_DoesNotFlag_QuestionsLabelStatementsOrNegatedSymptoms(string comment)
    {
        Assert.Null(_detector.Detect(comment));
    }
}
