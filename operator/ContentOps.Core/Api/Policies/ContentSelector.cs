namespace ContentOps.Core.Api.Policies;

/// <summary>Selects content by its context. Every list given must contain the piece's value; empty lists match all.</summary>
public sealed record ContentSelector
{
    /// <summary>Content formats, e.g. wechat-article, sms.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Channel types, e.g. wechat, smtp, sms, webhook, file.</summary>
    public IReadOnlyList<string>? ChannelTypes { get; init; }

    /// <summary>Audience roles: hcp, public.</summary>
    public IReadOnlyList<string>? AudienceRoles { get; init; }

    /// <summary>Product types: rx, otc.</summary>
    public IReadOnlyList<string>? ProductTypes { get; init; }

    /// <summary>Asset types: advertisement, academic, disease-awareness, invitation, rep-message.</summary>
    public IReadOnlyList<string>? AssetTypes { get; init; }

    /// <summary>Languages: zh-CN, en.</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Labels the piece must carry.</summary>
    public IReadOnlyDictionary<string, string>? MatchLabels { get; init; }
}
