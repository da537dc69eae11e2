namespace ContentOps.Core.Generation.Templates;

/// <summary>The template of every format, by format name.</summary>
public sealed class FormatTemplates
{
    private readonly Dictionary<string, IFormatTemplate> _templates;

    public FormatTemplates()
        : this([new WeChatArticleTemplate(), new EmailTemplate(), new SmsTemplate(), new RepTalkTrackTemplate(), new WebPageTemplate(), new VideoScriptTemplate(), new BannerTemplate()])
    {
    }

    public FormatTemplates(IEnumerable<IFormatTemplate> templates) =>
        _templates = templates.ToDictionary(t => t.Format, StringComparer.Ordinal);

    public IFormatTemplate For(string format) =>
        _templates.TryGetValue(format, out var template) ? template : throw new NotSupportedException($"No template for format '{format}'.");
}
