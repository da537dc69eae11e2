using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Learned;

namespace ContentOps.Core.Tests.Review.Learned;

/// <summary>A small labelled set (two rule ids and compliant label text) and a policy whose rules never fire on it, so only the detector speaks.</summary>
internal static class LearnedFixtures
{
    public const string Examples = """
        # small training set
        efficacy-guarantee	三天见效，一周断根
        efficacy-guarantee	用完一个疗程就断根了
        efficacy-guarantee	吃两盒保证见效
        efficacy-guarantee	一周见好，不再复发
        efficacy-guarantee	坚持服用一个月彻底断根
        efficacy-guarantee	两个疗程就能断根不再犯
        efficacy-guarantee	服用三天就见效
        efficacy-guarantee	一个疗程见效，无效退款
        inducement	下单即返现二十元
        inducement	第二件半价，满199减50
        inducement	今天下单立减三十元
        inducement	买二送一，下单即送礼品
        inducement	满299减100，限时返现
        inducement	扫码下单立返现金红包
        inducement	第二盒半价优惠
        inducement	新客下单立减五十
        compliant	本品用于缓解轻度至中度疼痛
        compliant	请按说明书使用或在药师指导下购买
        compliant	最常见的不良反应为头痛和恶心
        compliant	孕妇及哺乳期妇女慎用
        compliant	请咨询医师或药师
        compliant	本品为非处方药，请仔细阅读说明书
        compliant	儿童必须在成人监护下使用
        compliant	如症状未缓解请及时就医
        compliant	请将本品放在儿童不能接触的地方
        compliant	对本品过敏者禁用
        """;

    public static IReadOnlyList<LearnedExample> Parsed { get; } =
        LearnedExamples.Parse("examples.tsv", Examples, new HashSet<string>(StringComparer.Ordinal) { "efficacy-guarantee", "inducement" });

    public static SopPolicy Policy(double minConfidence = 0.5, ContentSelector? appliesTo = null, IReadOnlyList<string>? exceptInSentence = null) => new()
    {
        Metadata = new() { Name = "learned-test" },
        Spec = new SopPolicySpec
        {
            Concepts = [new ReviewConcept { Name = "advice", Terms = ["请咨询"] }],
            Rules =
            [
                Rule("efficacy-guarantee", "含有对疗效的断言或保证。", "《广告法》第十六条"),
                Rule("inducement", "含有利诱性促销。", "市场监管总局令第21号"),
            ],
            LearnedDetector = new LearnedDetectorSpec { Examples = "examples.tsv", MinConfidence = minConfidence, AppliesTo = appliesTo, ExceptInSentence = exceptInSentence },
        },
    };

    public static ContentReviewer Reviewer(string? examples = Examples) => new(new ReviewOptions { LearnedExamples = new Source(examples) });

    private static SopRule Rule(string id, string message, string basis) => new()
    {
        Id = id,
        Kind = "forbiddenTerms",
        Severity = Severities.Block,
        Message = message,
        Basis = basis,
        Fix = $"删除（{id}）",
        Terms = [new ForbiddenTerm { Term = "永不出现的测试词" }],
    };

    private sealed class Source(string? content) : ILearnedExamplesSource
    {
        public LearnedExamplesText? Read(SopPolicy policy) => new("examples.tsv", content);
    }
}
