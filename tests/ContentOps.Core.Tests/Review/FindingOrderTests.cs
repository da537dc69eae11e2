using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

public sealed class FindingOrderTests
{
    [Fact]
    public void Sort_OrdersByOffsetThenRuleThenPolicyThenLengthThenDetail()
    {
        Finding[] findings =
        [
            At(9, "pii"),
            At(3, "safety-claim"),
            At(3, "absolute-terms", policy: "company-sop"),
            At(3, "absolute-terms", policy: "china-drug-ad", length: 4),
            At(3, "absolute-terms", policy: "china-drug-ad", length: 2, detail: "b"),
            At(3, "absolute-terms", policy: "china-drug-ad", length: 2, detail: "a"),
            At(3, "absolute-terms", policy: "china-drug-ad", length: 2),
        ];

        var sorted = FindingOrder.Sort(findings);

        Assert.Equal(
            ["3 absolute-terms china-drug-ad 2 ", "3 absolute-terms china-drug-ad 2 a", "3 absolute-terms china-drug-ad 2 b",
             "3 absolute-terms china-drug-ad 4 ", "3 absolute-terms company-sop 2 ", "3 safety-claim china-drug-ad 2 ", "9 pii china-drug-ad 2 "],
            sorted.Select(f => $"{f.Offset} {f.RuleId} {f.Policy} {f.Length} {f.Detail}"));
    }

    [Fact]
    public void Sort_KeepsTheFirstOfDuplicateFindings()
    {
        var first = At(5, "absolute-terms") with { Expected = "first" };
        var second = At(5, "absolute-terms") with { Expected = "second" };
        var many = Enumerable.Range(0, 50).Select(i => At(i, "pii")).Append(second).Prepend(first).Reverse().ToList();

        var sorted = FindingOrder.Sort(many);

        Assert.Equal(51, sorted.Count);
        Assert.Equal("second", sorted.Single(f => f.RuleId == "absolute-terms").Expected);
    }

    private static Finding At(int offset, string rule, string policy = "china-drug-ad", int length = 2, string? detail = null) => new()
    {
        Policy = policy,
        RuleId = rule,
        Kind = "pattern",
        Severity = "block",
        Message = "m",
        Offset = offset,
        Length = length,
        Detail = detail,
    };
}
