using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Tests.Review;

public sealed class AhoCorasickMatcherTests
{
    [Fact]
    public void FindAll_ReportsOverlappingAndNestedTerms()
    {
        var matcher = new AhoCorasickMatcher(["最", "最佳", "佳疗效", "疗效"]);
        var matches = new List<TermMatch>();

        matcher.FindAll("最佳疗效", matches);

        Assert.Equal(
            [new TermMatch(0, 0, 1), new TermMatch(1, 0, 2), new TermMatch(2, 1, 3), new TermMatch(3, 2, 2)],
            matches.OrderBy(m => m.Start).ThenBy(m => m.Term));
    }

    [Theory]
    [InlineData(1)] // only the root has a complete row: every other step is a sparse lookup with failure links
    [InlineData(40)] // a few shallow states have complete rows
    [InlineData(AhoCorasickMatcher.DefaultDenseBudget)]
    public void FindAll_AgreesWithNaiveSearch_OnRandomText(int denseBudget)
    {
        var random = new Random(7);
        const string alphabet = "最佳有效治愈率第一安全的。";
        var terms = Enumerable.Range(0, 200).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length - 2)])])).Distinct().ToList();
        var text = new string([.. Enumerable.Range(0, 2000).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var matches = new List<TermMatch>();

        new AhoCorasickMatcher(terms, denseBudget).FindAll(text, matches);

        var expected = terms.SelectMany((t, i) => Occurrences(text, t).Select(s => new TermMatch(i, s, t.Length)));
        Assert.Equal(expected.OrderBy(m => m.Start).ThenBy(m => m.Term), matches.OrderBy(m => m.Start).ThenBy(m => m.Term));
    }

    private static IEnumerable<int> Occurrences(string text, string term)
    {
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
