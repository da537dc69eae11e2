using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Images;
using ContentOps.Core.Generation.Parts;
using SkiaSharp;

namespace ContentOps.Core.Tests.Generation;

public sealed class ImageAndVideoFormatsTests
{
    private static readonly RenditionGenerator _generator = new(new ModularChatClient(), new ScenePolisher());

    [Fact]
    public async Task Banner_IsAPngOfItsReviewedText_WithADesignerPrompt()
    {
        var request = GenerationFixtures.Request("banner", "门户横幅，邀请医生报名 12 月 18 日线上学术会。") with
        {
            Required = [GenerationFixtures.Brand, GenerationFixtures.ProfessionalStatement],
        };

        var rendition = await _generator.GenerateAsync(request, null, CancellationToken.None);

        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(rendition.Part(PartNames.Png)!.Content));
        Assert.Equal((ImageParts.BannerWidth, ImageParts.BannerHeight), (bitmap.Width, bitmap.Height));
        Assert.Contains("瑞格宁®（瑞格列汀片）", rendition.Body);
        Assert.Contains("本资料仅供医疗卫生专业人士参考", rendition.Body.Split("\n\n")[^1]);
        Assert.DoesNotMatch(@"\[\d", rendition.Body);
        var prompt = rendition.Part(PartNames.ImagePrompt)!.Content;
        Assert.Contains(rendition.Title!, prompt);
        Assert.Contains(rendition.Body.Split("\n\n")[^1], prompt);
        Assert.Contains("不得出现", prompt);
    }

    [Fact]
    public async Task Banner_SegmentVariants_DifferInTheFocusTheBriefAsksOfEach()
    {
        var request = GenerationFixtures.Request("banner", "门户横幅，邀请医生报名 12 月 18 日线上学术会。三级医院版本侧重研究设计解读；二级医院版本侧重起始治疗与剂量调整。") with
        {
            Required = [GenerationFixtures.Brand, GenerationFixtures.ProfessionalStatement],
        };
        var intent = ContentOps.Core.Generation.Intent.BriefIntentParser.Parse(request.Brief);

        var tier3 = await _generator.GenerateAsync(request with { Intent = intent, Directive = intent.Directives[0] }, null, CancellationToken.None);
        var tier2 = await _generator.GenerateAsync(request with { Intent = intent, Directive = intent.Directives[1] }, null, CancellationToken.None);

        Assert.Contains("研究设计解读", tier3.Body);
        Assert.Contains("起始治疗与剂量调整", tier2.Body);
        Assert.DoesNotContain("起始治疗", tier3.Body);
        Assert.Contains("研究设计解读", tier3.Body.Split("\n\n")[0]);
        Assert.Equal(tier3.Body.Split("\n\n")[1..], tier2.Body.Split("\n\n")[1..]);
    }

    [Fact]
    public async Task WeChatCover_IsDrawnOnlyForAWeChatChannel()
    {
        var file = await _generator.GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);
        var wechat = await _generator.GenerateAsync(GenerationFixtures.Request("wechat-article") with { ChannelType = "wechat" }, null, CancellationToken.None);

        Assert.Null(file.Part(PartNames.Png));
        Assert.NotNull(file.Part(PartNames.ImagePrompt));
        using var cover = SKBitmap.Decode(Convert.FromBase64String(wechat.Part(PartNames.Png)!.Content));
        Assert.Equal((ImageParts.CoverWidth, ImageParts.CoverHeight), (cover.Width, cover.Height));
    }

    [Fact]
    public async Task VideoScript_HasTimedScenesVoiceOverOnScreenTextAndASafetySuper()
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request("video-script"), null, CancellationToken.None);

        Assert.Matches(@"## 场景一（0:00–0:\d\d）：开场", rendition.Body);
        Assert.Contains("### 字幕：", rendition.Body);
        Assert.Contains("旁白：\n", rendition.Body);
        Assert.Contains("## 安全性字幕（全程）", rendition.Body);
        Assert.Contains("【禁忌】对本品任何成分过敏者禁用。", rendition.Body);
        Assert.Contains("瑞格列汀联合治疗24周HbA1c较基线降低0.8%[1,2]。", rendition.Body);
        Assert.Contains("## 参考文献", rendition.Body);
    }

    [Theory]
    [InlineData(45)]
    [InlineData(60)]
    public async Task VideoScript_FitsTheLengthTheBriefNames_WithoutCuttingOrRewordingClaims(int seconds)
    {
        var request = GenerationFixtures.Request("video-script", $"医生门户学术短视频脚本，时长约 {seconds} 秒，全程字幕显示禁忌与不良反应。");

        var rendition = await _generator.GenerateAsync(request, null, CancellationToken.None);

        var ends = System.Text.RegularExpressions.Regex.Matches(rendition.Body, @"## 场景.（\d+:\d\d–(\d+):(\d\d)）").Select(m => (int.Parse(m.Groups[1].Value) * 60) + int.Parse(m.Groups[2].Value)).ToList();
        Assert.InRange(ends[^1], seconds * 0.5, seconds * 1.1);
        Assert.All(request.Claims, c => Assert.Contains(c.Text.TrimEnd('。'), rendition.Body));
        Assert.Contains("## 安全性字幕（全程）", rendition.Body);
    }

    [Fact]
    public void Wrap_BreaksChineseTextToTheWidth()
    {
        using var font = new SKFont(CjkFont.Typeface, 40);

        var lines = BannerImage.Wrap(font, "远澜制药（苏州）有限公司　批准文号：国药准字H20260917　完整处方信息请参阅说明书。", 400);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= 400));
    }
}
