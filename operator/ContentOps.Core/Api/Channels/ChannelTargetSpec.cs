using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Channels;

/// <summary>What a channel target declares.</summary>
public sealed record ChannelTargetSpec
{
    /// <summary>file (a folder), webhook (HTTP POST signed with HMAC-SHA256), smtp (email), wechat, sms, crm (signed webhook of rep-facing items).</summary>
    [Required]
    [AllowedValues("file", "webhook", "smtp", "wechat", "sms", "crm")]
    public string Type { get; init; } = "";

    /// <summary>Human name, e.g. 康力平医生服务号.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Where to deliver: a folder for file (relative to the declarations), an http(s) URL for webhook/wechat/sms, smtp://host:port for smtp.</summary>
    [Required]
    public string Endpoint { get; init; } = "";

    /// <summary>Secret holding credentials or the HMAC key; never written inline.</summary>
    public SecretReference? SecretRef { get; init; }

    /// <summary>Formats the channel accepts.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>Audience roles the channel may reach: hcp, public.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> AllowedAudienceRoles { get; init; } = [];

    /// <summary>True when the channel verifies HCP identity (required for prescription-drug content).</summary>
    public bool HcpVerified { get; init; }

    /// <summary>Sender identity for email and SMS.</summary>
    public string? Sender { get; init; }

    /// <summary>Maximum sends per interval.</summary>
    public RateLimit? RateLimit { get; init; }

    /// <summary>Hours in which nothing is sent.</summary>
    public QuietHours? QuietHours { get; init; }

    /// <summary>Maximum messages per recipient per interval (WeChat MESSAGE_LIMIT style).</summary>
    public RateLimit? FrequencyCap { get; init; }

    /// <summary>
    /// file channels only: write one message per HCP from the audience's send plan (e-mail as an RFC 5322 .eml per
    /// recipient) when <c>contentops run</c> or the operator executes send plans. Off by default, so a file channel is a
    /// folder of pieces and does not write a file per doctor per piece. smtp, wechat and sms channels always send per HCP.
    /// </summary>
    public bool PerHcpSends { get; init; }

    /// <summary>Sends to this channel in flight at once (per-HCP sends), default 4.</summary>
    [Range(1, 64)]
    public int? Concurrency { get; init; }

    /// <summary>
    /// One-click unsubscribe URL for e-mail (List-Unsubscribe, RFC 8058); <c>{hcp}</c>, <c>{key}</c> and <c>{channel}</c>
    /// are replaced per message ({key} by the send's idempotency key signed with the unsubscribe key, which the API
    /// verifies). Without it, e-mail carries a mailto: unsubscribe only.
    /// </summary>
    public string? UnsubscribeUrl { get; init; }

    /// <summary>WeChat AppID of the service account (not a secret; the AppSecret comes from secretRef).</summary>
    public string? AccountId { get; init; }

    /// <summary>WeChat: permanent image material used as the article cover (thumb_media_id of draft/add).</summary>
    public string? CoverMediaId { get; init; }

    /// <summary>
    /// WeChat: template id (message/template/send) for a lone due recipient: a mass send by openId needs 2 to 10,000
    /// openIds, so an HCP due alone gets a template message (data first = the title, remark = the opening line, url =
    /// the published article's link from freepublish/getarticle) in the same pass. Without it the lone send stays pending and run/sends report "skipped: wechat mass send needs two
    /// recipients; declare templateId".
    /// </summary>
    public string? TemplateId { get; init; }

    /// <summary>
    /// What a withdrawal sends where the channel cannot take a message back (e-mail, SMS): a correction text, or
    /// nothing when empty. WeChat mass messages and files are taken back without it.
    /// </summary>
    public string? WithdrawalCorrection { get; init; }
}
