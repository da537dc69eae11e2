namespace ContentOps.Core.Api.ContentPieces;

/// <summary>One publication of the piece on a channel.</summary>
public sealed record PublicationRecord
{
    /// <summary>ChannelTarget name.</summary>
    public string Channel { get; init; } = "";

    /// <summary>The content digest that was published.</summary>
    public string ContentDigest { get; init; } = "";

    /// <summary>Id the channel returned (message id, file path, article id).</summary>
    public string? ExternalId { get; init; }

    /// <summary>When the channel accepted it.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When it was withdrawn, if it was.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }
}
