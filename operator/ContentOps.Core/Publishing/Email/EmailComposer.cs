using System.Net;
using System.Text;
using ContentOps.Core.Generation.Parts;
using ContentOps.Core.Publishing.Hcp;
using MimeKit;

namespace ContentOps.Core.Publishing.Email;

/// <summary>
/// Builds the RFC 5322 message one HCP receives: multipart/alternative (plain text and HTML), greeting by name unless
/// the HCP refused personalisation, one-click unsubscribe (RFC 8058), and a Message-ID derived from the idempotency key,
/// so a resend after a crash is recognisably the same message. The SMTP channel sends it; the file channel writes it as .eml.
/// </summary>
public static class EmailComposer
{
    public static MimeMessage Compose(HcpSendBatch batch, HcpSend send, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(send);
        var from = Sender(batch);
        var recipient = send.Recipient;
        if (string.IsNullOrWhiteSpace(recipient.Email) || !MailboxAddress.TryParse(recipient.Email, out var to))
        {
            throw new ChannelException($"HCP {recipient.Id} has no valid e-mail address; correct the profile.", permanent: true);
        }

        to.Name = recipient.Personalized ? recipient.Name : null;
        var rendition = batch.Rendition;
        var message = new MimeMessage
        {
            Subject = Personalize(rendition.Part(PartNames.Subject)?.Content is { Length: > 0 } subject ? subject : rendition.Title ?? FirstLine(rendition.Body), recipient),
            Date = date,
            MessageId = $"{send.IdempotencyKey}@{from.Domain}",
        };
        message.From.Add(from);
        message.To.Add(to);
        var unsubscribe = UnsubscribeUrl(batch, send);
        var mailto = $"mailto:{from.Address}?subject=unsubscribe%20{Uri.EscapeDataString(recipient.Id)}";
        message.Headers.Add("List-Unsubscribe", unsubscribe is null ? $"<{mailto}>" : $"<{unsubscribe}>, <{mailto}>");
        if (unsubscribe is not null)
        {
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Headers.Add("X-ContentOps-Piece", batch.Piece);
        message.Headers.Add("X-ContentOps-Content-Digest", batch.ContentDigest);
        message.Headers.Add("X-ContentOps-Idempotency-Key", send.IdempotencyKey);

        var greeting = Greeting(recipient);
        var body = Personalize(rendition.Body.Trim(), recipient);
        var footer = unsubscribe is null
            ? "如不希望再收到此类邮件，请回复本邮件并注明“退订”。"
            : $"如不希望再收到此类邮件，请点击退订：{unsubscribe}";
        // The generated parts (responsive HTML with the preheader, the plain-text alternative) when the rendition has
        // them; otherwise both are built from the reviewed text.
        var builder = new BodyBuilder
        {
            TextBody = rendition.Part(PartNames.Text)?.Content is { Length: > 0 } approvedText
                ? ApprovedGreeting.PersonalizeText(Personalize(approvedText.Trim(), recipient), recipient.Personalized ? greeting : null, footer)
                    .Replace("{{unsubscribe_url}}", unsubscribe ?? mailto, StringComparison.Ordinal) + "\n"
                : $"{greeting}\n\n{body}\n\n--\n{footer}\n",
            HtmlBody = rendition.Part(PartNames.Html)?.Content is { Length: > 0 } approvedHtml
                ? PersonalizeHtml(approvedHtml, greeting, unsubscribe ?? mailto, recipient)
                : Html(message.Subject, greeting, body, unsubscribe, footer),
        };
        message.Body = builder.ToMessageBody();
        return message;
    }

    /// <summary>A correction that refers to the original message (In-Reply-To), for channels that cannot take mail back.</summary>
    public static MimeMessage Correction(HcpWithdrawal withdrawal, string sender, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        var from = MailboxAddress.Parse(sender);
        var message = new MimeMessage
        {
            Subject = "更正通知：此前发送的内容已撤回",
            Date = date,
            MessageId = $"{withdrawal.IdempotencyKey}.withdrawn@{from.Domain}",
            InReplyTo = withdrawal.ExternalId,
        };
        message.References.Add(withdrawal.ExternalId);
        message.From.Add(from);
        message.To.Add(new MailboxAddress(withdrawal.Recipient.Personalized ? withdrawal.Recipient.Name : null, withdrawal.Recipient.Email ?? ""));
        message.Body = new TextPart("plain") { Text = $"{Greeting(withdrawal.Recipient)}\n\n{withdrawal.Correction}\n" };
        return message;
    }

    private static MailboxAddress Sender(HcpSendBatch batch)
    {
        if (string.IsNullOrWhiteSpace(batch.Channel.Spec.Sender) || !MailboxAddress.TryParse(batch.Channel.Spec.Sender, out var from))
        {
            throw new ChannelException(
                $"ChannelTarget {batch.Channel.Metadata.Name} needs spec.sender as an e-mail address (e.g. 医学信息部 <medinfo@example.com>).", permanent: true);
        }

        return from;
    }

    private static string Greeting(HcpRecipient recipient) =>
        recipient.Personalized && !string.IsNullOrWhiteSpace(recipient.Name) ? $"尊敬的{recipient.Name}{recipient.Title}：" : "尊敬的医生：";

    /// <summary>{{name}} and {{title}} in the approved text; empty for an HCP who refused personalisation.</summary>
    private static string Personalize(string text, HcpRecipient recipient) => text
        .Replace("{{name}}", recipient.Personalized ? recipient.Name ?? "" : "", StringComparison.Ordinal)
        .Replace("{{title}}", recipient.Personalized ? recipient.Title ?? "" : "", StringComparison.Ordinal);

    /// <summary>The approved HTML with the greeting (the approved one, named for this doctor, or a new first paragraph) and the one merge field, {{unsubscribe_url}}, filled in.</summary>
    private static string PersonalizeHtml(string html, string greeting, string unsubscribe, HcpRecipient recipient)
    {
        var filled = Personalize(html, recipient).Replace("{{unsubscribe_url}}", WebUtility.HtmlEncode(unsubscribe), StringComparison.Ordinal);
        if (ApprovedGreeting.FindInHtml(filled) is { } approved)
        {
            // The approved email already greets its segment: name the doctor there instead of greeting twice.
            return recipient.Personalized
                ? string.Concat(filled.AsSpan(0, approved.Start), WebUtility.HtmlEncode(greeting), filled.AsSpan(approved.Start + approved.Length))
                : filled;
        }

        var content = filled.IndexOf("class=\"content\"", StringComparison.Ordinal);
        var open = content < 0 ? -1 : filled.IndexOf('>', content);
        return open < 0
            ? filled
            : filled.Insert(open + 1, $"\n<p style=\"margin:0 0 16px;font-size:15px;line-height:1.7;color:#222222;\">{WebUtility.HtmlEncode(greeting)}</p>");
    }

    private static string? UnsubscribeUrl(HcpSendBatch batch, HcpSend send) =>
        batch.Channel.Spec.UnsubscribeUrl is { Length: > 0 } template && batch.Unsubscribe is { } signer
            ? template.Replace("{hcp}", Uri.EscapeDataString(send.Recipient.Id), StringComparison.Ordinal)
                .Replace("{key}", Uri.EscapeDataString(signer.Sign(send.IdempotencyKey)), StringComparison.Ordinal)
                .Replace("{channel}", Uri.EscapeDataString(batch.Channel.Metadata.Name), StringComparison.Ordinal)
            : null;

    private static string FirstLine(string body) => body.Split('\n', 2)[0].Trim();

    private static string Html(string subject, string greeting, string body, string? unsubscribe, string footer)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>");
        html.Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        html.Append("<hr><p style=\"font-size:12px;color:#666\">");
        html.Append(unsubscribe is null
            ? WebUtility.HtmlEncode(footer)
            : $"如不希望再收到此类邮件，请<a href=\"{WebUtility.HtmlEncode(unsubscribe)}\">点击退订</a>。");
        html.Append("</p></body></html>");
        return html.ToString();
    }
}
