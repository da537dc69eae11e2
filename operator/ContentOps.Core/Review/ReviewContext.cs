using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Claims;

namespace ContentOps.Core.Review;

/// <summary>Everything about a rendition's context that decides which rules apply and how severe they are.</summary>
public sealed record ReviewContext
{
    /// <summary>Content format, e.g. sms.</summary>
    public required string Format { get; init; }

    /// <summary>Channel type, e.g. wechat, smtp, file.</summary>
    public required string ChannelType { get; init; }

    /// <summary>hcp or public.</summary>
    public required string AudienceRole { get; init; }

    /// <summary>rx or otc.</summary>
    public required string ProductType { get; init; }

    /// <summary>advertisement, academic, disease-awareness, invitation or rep-message.</summary>
    public string AssetType { get; init; } = "academic";

    /// <summary>zh-CN or en.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>Whether the channel verifies HCP identity.</summary>
    public bool ChannelHcpVerified { get; init; }

    /// <summary>Labels of the piece (for selectors with matchLabels).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The product with its label (indications); null when reviewing a loose draft.</summary>
    public Product? Product { get; init; }

    /// <summary>Claim libraries whose claims count as approved facts (claimTraceability).</summary>
    public IReadOnlyList<ClaimLibrary> ClaimLibraries { get; init; } = [];

    /// <summary>The moment of review, for claim expiry.</summary>
    public DateTimeOffset Now { get; init; }
}
