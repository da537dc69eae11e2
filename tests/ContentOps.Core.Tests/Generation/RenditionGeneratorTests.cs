using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Parts;
using ContentOps.Core.Generation.Required;
using ContentOps.Core.Generation.Templates;

namespace ContentOps.Core.Tests.Generation;

public sealed class RenditionGeneratorTests
{
    private static readonly RenditionGenerator _generator = new(new ModularChatClient(), new ScenePolisher());

    private static Task<Rendition> Generate(GenerationRequest request) => _generator.GenerateAsync(request, null, CancellationToken.None);

    [Theory]
    [InlineData("wechat-article")]
    [InlineData("email")]
    [InlineData("rep-talk-track")]
    [InlineData("web-page")]
    public async Task Generate_NumbersCitationsInOrderOfFirstCitation_AndListsThemInThatOrder(string format)
    {
        var rendition = await Generate(GenerationFixtures.Request(format));

        Assert.Contains("瑞格列汀单药治疗低血糖发生率与安慰剂相当[1]。", rendition.Body);
        Assert.Contains("瑞格列汀联合治疗24周HbA1c较基线降低0.8%[1,2]。", rendition.Body);
        Assert.Contains("## 参考文献\n\n[1] 李某某", rendition.Body);
        Assert.Contains("\n[2] 张某某", rendition.Body);
        Assert.Equal(["rgl-hypo", "rgl-hba1c-24w"], rendition.ClaimUses.OrderBy(u => u.Start).Select(u => u.ClaimId));
    }

    [Theory]
    [InlineData("wechat-article")]
    [InlineData("email")]
    [InlineData("web-page")]
    public async Task Generate_PlacesEveryRequiredElementOnce_InItsSlot_NeverAsABareLine(string format)
    {
        var rendition = await Generate(GenerationFixtures.Request(format));
        var paragraphs = rendition.Body.Split("\n\n");

        Assert.Single(paragraphs, p => p == "本资料仅供医疗卫生专业人士参考");
        Assert.Contains("## 重要安全性信息", paragraphs);
        Assert.Contains("【禁忌】对本品任何成分过敏者禁用。", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p is "禁忌" or "不良反应" or "参考文献" or "瑞格宁®（瑞格列汀片）");
        var first = rendition.Body.IndexOf("瑞格宁", StringComparison.Ordinal);
        Assert.Equal(first, rendition.Body.IndexOf("瑞格宁®（瑞格列汀片）", StringComparison.Ordinal));
        Assert.True(rendition.Body.IndexOf("## 重要安全性信息", StringComparison.Ordinal) < rendition.Body.IndexOf("## 参考文献", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_IsDeterministic_ForTheSameRequest()
    {
        var first = await Generate(GenerationFixtures.Request("wechat-article"));
        var second = await Generate(GenerationFixtures.Request("wechat-article"));

        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Parts, second.Parts);
    }

    [Fact]
    public async Task Generate_Sms_HasOneSignatureOneOptOutNoMarkersAndFitsTwoSegments()
    {
        var rendition = await Generate(GenerationFixtures.Request("sms", "会前一天的提醒短信：12 月 18 日 19:00 线上学术会。"));

        Assert.StartsWith("【华康医学】", rendition.Body);
        Assert.DoesNotContain("【【", rendition.Body);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(rendition.Body, "退订"));
        Assert.EndsWith("回T退订", rendition.Body);
        Assert.DoesNotMatch(@"\[\d", rendition.Body);
        Assert.Contains("瑞格宁®（瑞格列汀片）", rendition.Body);
        Assert.Contains("12 月 18 日 19:00", rendition.Body);
        Assert.True(SmsSegments.Count(rendition.Body.Length) <= 2, rendition.Body);
        Assert.DoesNotContain("\n", rendition.Body);
    }

    [Fact]
    public async Task Generate_RepTalkTrack_HasOpeningKeyMessagesWithClaimsObjectionsCloseAndReferences()
    {
        var rendition = await Generate(GenerationFixtures.Request("rep-talk-track"));

        Assert.Contains("## 开场", rendition.Body);
        Assert.Contains("## 核心信息一：", rendition.Body);
        Assert.Contains("## 常见问题应答", rendition.Body);
        Assert.Contains("问：", rendition.Body);
        Assert.Contains("## 结束", rendition.Body);
        Assert.Contains("## 参考文献", rendition.Body);
        Assert.DoesNotContain("要点1", rendition.Body);
    }

    [Fact]
    public async Task Generate_FailsNamingTheRule_WhenARequiredTextHasNoSlot()
    {
        var request = GenerationFixtures.Request("wechat-article") with
        {
            Required = [new RequiredRule { Id = "company-sop/custom-slogan", Texts = ["健康中国，你我同行"] }],
        };

        var error = await Assert.ThrowsAsync<UnplaceableRequirementException>(() => Generate(request));

        Assert.Contains("company-sop/custom-slogan", error.Message);
    }

    [Fact]
    public async Task Generate_FailsNamingTheRule_WhenTheFormatHasNoPlaceForTheElement()
    {
        var request = GenerationFixtures.Request("sms") with { Required = [GenerationFixtures.References] };

        var error = await Assert.ThrowsAsync<UnplaceableRequirementException>(() => Generate(request));

        Assert.Contains("company-sop/references-section", error.Message);
        Assert.Contains("sms", error.Message);
    }

    [Fact]
    public async Task Generate_FailsNamingTheRule_WhenAnAdvertisementHasNoAdApprovalNumber()
    {
        var request = GenerationFixtures.Request("wechat-article") with
        {
            AssetType = "advertisement",
            Required = [new RequiredRule { Id = "china-drug-ad/ad-approval-number", Patterns = [@"药广审\((?:文|视|声)\)第\d{6,}号"] }],
        };

        var error = await Assert.ThrowsAsync<UnplaceableRequirementException>(() => Generate(request));

        Assert.Contains("china-drug-ad/ad-approval-number", error.Message);
        Assert.Contains("adApprovalNumber", error.Message);
    }

    [Fact]
    public async Task Generate_PrintsTheAdApprovalNumberInTheFooter_WhenARuleAsksForIt()
    {
        var request = GenerationFixtures.Request("wechat-article") with
        {
            AssetType = "advertisement",
            AdApprovalNumber = "苏药广审（文）第260101001号",
            Required = [new RequiredRule { Id = "china-drug-ad/ad-approval-number", Patterns = [@"药广审\((?:文|视|声)\)第\d{6,}号"] }, GenerationFixtures.ProfessionalStatement],
        };

        var rendition = await Generate(request);

        Assert.Contains("广告批准文号：苏药广审（文）第260101001号", rendition.Body);
        Assert.Contains("本广告仅供医学药学专业人士阅读", rendition.Body);
    }

    [Fact]
    public async Task Generate_PutsAStatementAtTheStart_WhenTheRuleSaysStart()
    {
        var request = GenerationFixtures.Request("web-page") with { Required = [GenerationFixtures.ProfessionalStatement with { Position = "start" }] };

        var rendition = await Generate(request);

        Assert.StartsWith("本资料仅供医疗卫生专业人士参考", rendition.Body);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(rendition.Body, "本资料仅供"));
    }

    [Fact]
    public async Task Generate_Email_HasSubjectPreheaderHtmlAndPlainTextParts()
    {
        var rendition = await Generate(GenerationFixtures.Request("email"));

        Assert.Equal(rendition.Title, rendition.Part(PartNames.Subject)!.Content);
        var preheader = rendition.Part(PartNames.Preheader)!.Content;
        Assert.False(string.IsNullOrEmpty(preheader));
        Assert.Contains(preheader, rendition.Body);
        Assert.Contains(EmailTemplate.UnsubscribeToken, rendition.Part(PartNames.Html)!.Content);
        Assert.Contains(EmailTemplate.UnsubscribeToken, rendition.Part(PartNames.Text)!.Content);
    }
}
