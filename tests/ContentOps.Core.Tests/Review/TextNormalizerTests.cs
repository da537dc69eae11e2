using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Tests.Review;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("最 有 效", "最有效")]
    [InlineData("最-有-效", "最有效")]
    [InlineData("最·有·效", "最有效")]
    [InlineData("最\u200b有\u200d效", "最有效")]
    [InlineData("１００％", "100%")]
    [InlineData("ＮＯ．１", "no.1")]
    [InlineData("No. 1", "no.1")]
    [InlineData("最佳療效", "最佳疗效")]
    [InlineData("HbA1c 降低 1.2%", "hba1c降低1.2%")]
    public void Normalize_FoldsEvasions(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Normalize_KeepsClausePunctuation_SoNeighbouringClausesDoNotJoin()
    {
        Assert.Equal("之首,选择", TextNormalizer.Normalize("之首，选择").Text);
    }

    [Fact]
    public void Normalize_MapsEveryCharacterBackToTheOriginal()
    {
        var normalized = TextNormalizer.Normalize("甲 最 - 有 效乙");

        var (start, length) = normalized.ToOriginal(1, 3);

        Assert.Equal("最 - 有 效", normalized.Original.Substring(start, length));
    }

    [Fact]
    public void TraditionalTable_StaysAligned()
    {
        var (traditional, simplified) = TraditionalChinese.Lengths;

        Assert.Equal(traditional, simplified);
    }
}
