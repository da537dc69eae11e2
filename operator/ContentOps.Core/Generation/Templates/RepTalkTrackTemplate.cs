namespace ContentOps.Core.Generation.Templates;

/// <summary>A medical rep's talk track: opening, key points with claims, safety, objection handling, close.</summary>
public sealed class RepTalkTrackTemplate : IFormatTemplate
{
    public string Format => "rep-talk-track";

    public (string? Title, string Body) Render(GenerationRequest r)
    {
        var points = TemplateParts.MessageParagraphs(r).SelectMany((p, i) => new[] { $"要点{i + 1}", p });
        var body = TemplateParts.Join(
        [
            $"【开场】{TemplateParts.Greeting(r)}打扰您几分钟，想和您交流{TemplateParts.ProductMention(r)}的学术信息。",
            "【核心信息】",
            .. points,
            "【安全性信息（必须告知）】",
            .. TemplateParts.SafetyParagraphs(r),
            "【异议处理】如医生询问说明书以外的用法或其他产品的问题，请说明仅能介绍说明书范围内的信息，并可转交医学部回复。",
            TemplateParts.CallToAction(r) is { } cta ? $"【结束】{cta}" : "【结束】感谢您的时间。",
            TemplateParts.References(r),
            .. r.RequiredStatements,
        ]);
        return (r.Title, body);
    }
}
