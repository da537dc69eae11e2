namespace ContentOps.Core.Generation.Images;

/// <summary>
/// The brief for a designer (or an image model) for a banner or cover: size, the exact reviewed text to set, the
/// visual direction, and what the image must not show, so that no image adds a claim the review has not seen.
/// </summary>
public static class ImagePrompt
{
    public static string For(string kind, int width, int height, string headline, string? subline, string? cta, string smallPrint, string tone) =>
        $"""
        {kind}，{width}×{height} 像素，医药学术风格（{tone}），主色深蓝 #0B4F8A 与青蓝 #1D8CB8，留白充足。
        只排以下经审查的文字，逐字使用，不得增删改：
        - 标题：{headline}
        - 副标题：{subline ?? "（无）"}
        - 按钮：{cta ?? "（无）"}
        - 底部小字（不小于正文字号的三分之一，须清晰可读）：{smallPrint}
        画面：抽象的分子或曲线纹理、简洁的几何图形；可放产品包装图（商品名字号不大于通用名的二分之一）。
        不得出现：人物形象（尤其医生、患者、专家形象）、医院或机构标识、数字与图表、前后对比、任何疗效或安全性暗示、“最”“首选”等字样。
        """;
}
