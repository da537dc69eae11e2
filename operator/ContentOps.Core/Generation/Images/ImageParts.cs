using ContentOps.Core.Generation.Parts;

namespace ContentOps.Core.Generation.Images;

/// <summary>
/// The image parts of renditions. A banner is drawn (PNG) from its reviewed text with the designer's prompt beside
/// it. A WeChat article always gets a cover prompt; its cover PNG is drawn only for a wechat channel (the WeChat
/// API needs a cover image), so generating thousands of articles for other channels stays cheap.
/// </summary>
public static class ImageParts
{
    public const int BannerWidth = 1080;
    public const int BannerHeight = 608;
    public const int CoverWidth = 900;
    public const int CoverHeight = 383;

    public static IReadOnlyList<RenditionPart> Banner(GenerationRequest request, string headline, string body)
    {
        var paragraphs = body.Split("\n\n");
        var subline = paragraphs.Length > 2 ? paragraphs[0] : null;
        var cta = paragraphs.Length > 2 ? paragraphs[1] : null;
        var smallPrint = paragraphs[^1];
        return
        [
            new RenditionPart(PartNames.Png, "image/png", Convert.ToBase64String(BannerImage.Render(headline, subline, cta, smallPrint, BannerWidth, BannerHeight))),
            new RenditionPart(PartNames.ImagePrompt, "text/plain", ImagePrompt.For("横幅广告图", BannerWidth, BannerHeight, headline, subline, cta, smallPrint, request.Tone)),
        ];
    }

    public static IReadOnlyList<RenditionPart> Cover(GenerationRequest request, string title, string body)
    {
        // The cover carries only reviewed text: the title and the last statement of the body's footer.
        var smallPrint = body.Split("\n\n")[^1];
        var prompt = new RenditionPart(PartNames.ImagePrompt, "text/plain", ImagePrompt.For("服务号封面图", CoverWidth, CoverHeight, title, null, null, smallPrint, request.Tone));
        return request.ChannelType != "wechat"
            ? [prompt]
            : [new RenditionPart(PartNames.Png, "image/png", Convert.ToBase64String(BannerImage.Render(title, null, null, smallPrint, CoverWidth, CoverHeight))), prompt];
    }
}
