namespace ContentOps.Core.Generation.Templates;

/// <summary>An approved email: subject, greeting, messages, safety, call to action, references, sender and unsubscribe footer.</summary>
public sealed class EmailTemplate : IFormatTemplate
{
    public string Format => "email";

    public (string? Title, string Body) Render(GenerationRequest r)
    {
        var subject = r.Title ?? $"{TemplateParts.ProductMention(r)}学术资讯";
        var body = TemplateParts.Join(
        [
            TemplateParts.Greeting(r),
            "感谢您一直以来对临床诊疗工作的支持。",
            .. TemplateParts.MessageParagraphs(r),
            .. TemplateParts.SafetyParagraphs(r),
            TemplateParts.CallToAction(r),
            TemplateParts.References(r),
            TemplateParts.Company(r),
            .. r.RequiredStatements,
            $"此邮件由{r.Sender ?? r.Manufacturer ?? r.ProductName}发送。如不希望再收到此类邮件，请点击退订。",
        ]);
        return (subject.Length > 78 ? subject[..78] : subject, body);
    }
}
