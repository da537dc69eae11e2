using System.ComponentModel.DataAnnotations;
using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Core.Api.ContentPieces;

/// <summary>What a content piece declares.</summary>
public sealed record ContentPieceSpec
{
    /// <summary>Campaign (same namespace) the piece belongs to.</summary>
    [Required]
    public string Campaign { get; init; } = "";

    /// <summary>Format: wechat-article, email, sms, rep-talk-track, web-page, video-script or banner.</summary>
    [Required]
    [AllowedValues("wechat-article", "email", "sms", "rep-talk-track", "web-page", "video-script", "banner")]
    public string Format { get; init; } = "";

    /// <summary>Kind of asset, which decides the rules that apply: advertisement (needs an ad approval number), academic (HCP academic promotion), disease-awareness (no product mention), invitation, rep-message.</summary>
    [AllowedValues("advertisement", "academic", "disease-awareness", "invitation", "rep-message")]
    public string AssetType { get; init; } = "academic";

    /// <summary>ChannelTargets (same namespace, listed by the campaign) to publish to.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>Who the piece addresses; must be allowed by every channel.</summary>
    [Required]
    public AudienceSelector Audience { get; init; } = new();

    /// <summary>Language of the content, default zh-CN.</summary>
    [AllowedValues("zh-CN", "en")]
    public string Language { get; init; } = "zh-CN";

    /// <summary>Working title; generation may polish it per channel.</summary>
    [MaxLength(64)]
    public string? Title { get; init; }

    /// <summary>The intent: who it is for, what it must achieve, tone. Not published text.</summary>
    [Required]
    [MinLength(10)]
    public string Brief { get; init; } = "";

    /// <summary>Key message ids of the campaign this piece carries.</summary>
    public IReadOnlyList<string>? KeyMessages { get; init; }

    /// <summary>Claim ids (from the campaign's claim libraries) the piece may state; the only facts allowed.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>Call to action, e.g. register for the 12 月 online symposium.</summary>
    public CallToAction? CallToAction { get; init; }

    /// <summary>How content is generated.</summary>
    public GenerationSettings? Generation { get; init; }

    /// <summary>When the piece goes live and when it must come down.</summary>
    public PieceSchedule? Schedule { get; init; }
}
