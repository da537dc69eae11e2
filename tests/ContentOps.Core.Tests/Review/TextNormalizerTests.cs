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
    public void Normalize_MapsBothWays_OnRandomTextWithDroppedCharacters()
    {
        var random = new Random(11);
        const string alphabet = "最有效ＡＢa１ \n\n-·\u200b，。療";
        for (var round = 0; round < 50; round++)
        {
            var original = new string([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var normalized = TextNormalizer.Normalize(original);
            var origins = Enumerable.Range(0, normalized.Text.Length).Select(normalized.OriginalIndexOf).ToList();

            Assert.True(origins.Zip(origins.Skip(1)).All(p => p.First < p.Second), "original indexes ascend");
            Assert.All(origins.Select((o, n) => (o, n)), p => Assert.Equal(TextNormalizer.NormalizeTerm(original[p.o].ToString()), normalized.Text[p.n].ToString()));
            for (var o = 0; o <= original.Length; o++)
            {
                var expected = origins.FindIndex(x => x >= o) is var first and >= 0 ? first : normalized.Text.Length;
                Assert.Equal(expected, normalized.ToNormalized(o));
            }

            var all = Enumerable.Range(0, original.Length + 1).ToList();
            Assert.Equal(all.Select(normalized.ToNormalized), normalized.ToNormalizedAscending(all));
        }
    }

    [Fact]
    public void TraditionalTable_StaysAligned()
    {
        var (traditional, simplified) = TraditionalChinese.Lengths;

        Assert.Equal(traditional, simplified);
    }
}
