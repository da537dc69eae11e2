using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

/// <summary>Review contexts of the two ends of the scale: a public OTC advertisement and Rx HCP academic material.</summary>
internal static class Contexts
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static Product Kanglipin { get; } = new()
    {
        Name = "康力平",
        GenericName = "格列齐特缓释片",
        Type = "rx",
        Indications = ["成人2型糖尿病患者的血糖控制"],
    };

    public static ReviewContext PublicOtcAd { get; } = new()
    {
        Format = "wechat-article",
        ChannelType = "web",
        AudienceRole = "public",
        ProductType = "otc",
        AssetType = "advertisement",
        Product = Kanglipin with { Type = "otc" },
        Now = Now,
    };

    public static ReviewContext HcpAcademic { get; } = new()
    {
        Format = "wechat-article",
        ChannelType = "wechat",
        AudienceRole = "hcp",
        ProductType = "rx",
        AssetType = "academic",
        ChannelHcpVerified = true,
        Product = Kanglipin,
        Now = Now,
    };

    public static ReviewContext With(this ReviewContext context, IReadOnlyList<ClaimLibrary> libraries) => context with { ClaimLibraries = libraries };

    public static Rendition Body(string body, string? title = null, string format = "wechat-article") =>
        new() { Channel = "test-channel", Format = format, Title = title, Body = body };

    public static Verdict ReviewChina(string body, ReviewContext context, string? title = null) =>
        PolicyFixtures.Reviewer.Review(Body(body, title, context.Format), context, [PolicyFixtures.ChinaPolicy]);

    public static IEnumerable<Finding> Rule(this Verdict verdict, string ruleId) => verdict.Findings.Where(f => f.RuleId == ruleId);
}
