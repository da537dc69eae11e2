using SkiaSharp;

namespace ContentOps.Core.Generation.Images;

/// <summary>
/// Draws a banner or cover image as PNG: headline, sub-line, a call-to-action button and the mandatory small print,
/// wrapped to the width, on a plain two-colour background. The text is exactly the rendition's reviewed text.
/// </summary>
public static class BannerImage
{
    /// <summary>Renders the PNG; <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] Render(string headline, string? subline, string? cta, string smallPrint, int width, int height)
    {
        var typeface = CjkFont.Typeface;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(0x0B, 0x4F, 0x8A), new SKColor(0x1D, 0x8C, 0xB8)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, background);
        }

        var margin = width * 0.06f;
        var y = height * 0.12f;
        y = Draw(canvas, typeface, headline, height * 0.11f, SKColors.White, margin, y, width - 2 * margin, bold: true);
        if (subline is { Length: > 0 })
        {
            y = Draw(canvas, typeface, subline, height * 0.055f, new SKColor(0xE6, 0xF2, 0xFA), margin, y + height * 0.03f, width - 2 * margin, bold: false);
        }

        if (cta is { Length: > 0 })
        {
            using var font = new SKFont(typeface, height * 0.05f);
            var textWidth = font.MeasureText(cta);
            var top = y + height * 0.05f;
            var button = new SKRect(margin, top, margin + textWidth + height * 0.08f, top + height * 0.1f);
            using var fill = new SKPaint { Color = new SKColor(0xF5, 0xA6, 0x23), IsAntialias = true };
            canvas.DrawRoundRect(button, height * 0.02f, height * 0.02f, fill);
            using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawText(cta, button.Left + height * 0.04f, button.MidY + font.Size * 0.35f, SKTextAlign.Left, font, ink);
        }

        var printSize = Math.Max(12f, height * 0.028f);
        var lines = Wrap(new SKFont(typeface, printSize), smallPrint, width - 2 * margin);
        var printTop = height - margin * 0.5f - lines.Count * printSize * 1.35f;
        Draw(canvas, typeface, smallPrint, printSize, new SKColor(0xDD, 0xEE, 0xF7), margin, printTop, width - 2 * margin, bold: false);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static float Draw(SKCanvas canvas, SKTypeface typeface, string text, float size, SKColor color, float x, float y, float maxWidth, bool bold)
    {
        using var font = new SKFont(typeface, size) { Embolden = bold };
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        foreach (var line in Wrap(font, text, maxWidth))
        {
            y += size * 1.1f;
            canvas.DrawText(line, x, y, SKTextAlign.Left, font, paint);
            y += size * 0.25f;
        }

        return y;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/> (Chinese breaks between any characters).</summary>
    internal static List<string> Wrap(SKFont font, string text, float maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var c in paragraph)
            {
                if (line.Length > 0 && font.MeasureText(line + c) > maxWidth)
                {
                    lines.Add(line);
                    line = "";
                }

                line += c;
            }

            lines.Add(line);
        }

        return lines;
    }
}
