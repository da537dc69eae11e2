using SkiaSharp;

namespace ContentOps.Core.Generation.Images;

/// <summary>
/// Finds a font with Chinese glyphs for images: CONTENTOPS_CJK_FONT, else the Debian packages fonts-wqy-microhei or
/// fonts-noto-cjk. Without one, Chinese text would render as boxes, so image generation fails with the fix instead.
/// </summary>
public static class CjkFont
{
    /// <summary>Environment variable naming a .ttf/.ttc/.otf file to use instead.</summary>
    public const string Variable = "CONTENTOPS_CJK_FONT";

    private static readonly string[] _candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/System/Library/Fonts/PingFang.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
    ];

    private static readonly Lazy<(SKTypeface Typeface, string Path)?> _found = new(Load);

    /// <summary>The typeface, or a <see cref="GenerationException"/> saying which package to install.</summary>
    public static SKTypeface Typeface => _found.Value?.Typeface ?? throw new GenerationException(
        $"No font with Chinese glyphs found for banner and cover images; install one (apt-get install -y fonts-wqy-microhei) or set {Variable} to a font file.");

    /// <summary>The file of that font (for libraries that load fonts by path, e.g. report charts), or null when there is none.</summary>
    public static string? FilePath => _found.Value?.Path;

    private static (SKTypeface Typeface, string Path)? Load()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        foreach (var path in (configured is { Length: > 0 } ? [configured] : Array.Empty<string>()).Concat(_candidates))
        {
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } typeface && HasChinese(typeface))
            {
                return (typeface, path);
            }
        }

        return null;
    }

    private static bool HasChinese(SKTypeface typeface)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyph('药');
    }
}
