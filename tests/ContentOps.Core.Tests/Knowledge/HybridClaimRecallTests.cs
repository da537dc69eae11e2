using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Recall;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class HybridClaimRecallTests
{
    [Fact]
    public async Task Recall_ReturnsApprovedClaimsFittingTheBrief_OfTheProduct()
    {
        var library = new ClaimLibrary
        {
            Metadata = new ObjectMeta { Name = "klp-claims", Namespace = "diabetes" },
            Spec = new ClaimLibrarySpec
            {
                Product = "康力平",
                Claims =
                [
                    new Claim { Id = "klp-dosing", Category = "dosing", Text = "推荐剂量为5 mg，每日一次口服。" },
                    new Claim { Id = "klp-hypo", Category = "safety", Text = "联合二甲双胍组的低血糖发生率为1.2%。" },
                    new Claim { Id = "klp-hypo-old", Category = "safety", Status = "withdrawn", Text = "低血糖发生率极低。" },
                ],
                References = [new Reference { Id = "label", Citation = "说明书" }],
            },
        };
        var recall = HybridClaimRecall.Create([library], SharedTokenizer.Instance, new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero)));

        var claims = await recall.RecallAsync("介绍与二甲双胍联用时的低血糖风险", "康力平", 5);

        Assert.Equal("klp-hypo", claims[0].ClaimId);
        Assert.Equal("diabetes/klp-claims", claims[0].Library);
        Assert.DoesNotContain(claims, c => c.ClaimId == "klp-hypo-old");
        Assert.Empty(await recall.RecallAsync("低血糖", "别的药", 5));
    }
}
