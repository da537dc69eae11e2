namespace ContentOps.Core.Publishing.Hcp;

/// <summary>The one doctor a send addresses: what the channel needs to reach and greet them, nothing more.</summary>
public sealed record HcpRecipient
{
    /// <summary>Profile id.</summary>
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Professional title, e.g. 主任医师.</summary>
    public string? Title { get; init; }

    public string? Email { get; init; }

    public string? Mobile { get; init; }

    public string? WechatOpenId { get; init; }

    /// <summary>The rep who owns the relationship (CRM items go to them).</summary>
    public string? RepId { get; init; }

    /// <summary>False for an HCP who refused personalisation (PIPL Art. 24): no greeting by name, no profile-driven text.</summary>
    public bool Personalized { get; init; } = true;
}
