using System.Text;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A text message: sender in brackets, the call to action, claims only while they fit, the required statements
/// and the opt-out. Claims that do not fit are dropped whole, never cut, so no claim is ever misquoted.
/// </summary>
public sealed class SmsTemplate : IFormatTemplate
{
    private const string OptOut = "回T退订";

    public string Format => "sms";

    public (string? Title, string Body) Render(GenerationRequest r)
    {
        var limit = r.MaxBodyChars ?? 140;
        var head = $"【{r.Sender ?? r.ProductName}】{TemplateParts.Greeting(r)}";
        var tail = string.Concat(r.RequiredStatements.Select(s => s.TrimEnd('。') + "。")) + OptOut;
        var cta = TemplateParts.CallToAction(r) is { } c ? c.TrimEnd('。') + "。" : "";

        var text = new StringBuilder(head);
        foreach (var claim in r.Claims)
        {
            if (text.Length + claim.Cited.Length + cta.Length + tail.Length <= limit)
            {
                text.Append(claim.Cited);
            }
        }

        text.Append(cta).Append(tail);
        return (null, text.ToString());
    }
}
