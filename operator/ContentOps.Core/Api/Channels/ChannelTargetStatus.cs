namespace ContentOps.Core.Api.Channels;

/// <summary>Observed state of a channel target.</summary>
public sealed class ChannelTargetStatus : ResourceStatus
{
    /// <summary>Publications currently live on the channel.</summary>
    public int? LivePublications { get; init; }

    /// <summary>When the channel last accepted a publication.</summary>
    public DateTimeOffset? LastPublishedAt { get; init; }
}
