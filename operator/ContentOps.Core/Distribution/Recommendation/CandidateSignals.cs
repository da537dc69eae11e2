namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>What a scorer knows about one (HCP, content, channel) candidate.</summary>
public sealed record CandidateSignals
{
    public required HcpProfile Hcp { get; init; }

    public required Planning.DistributionPiece Content { get; init; }

    /// <summary>Consent channel of the candidate's channel (wechat, email, sms) or "rep" for a visit.</summary>
    public required string Channel { get; init; }

    /// <summary>Key messages of the content that match the HCP's interests (ids).</summary>
    public IReadOnlyList<string> MatchedInterests { get; init; } = [];

    /// <summary>The text of each matched key message (its id where the campaign gives no text), in the same order, for reasons a rep can read.</summary>
    public IReadOnlyList<string> MatchedMessages { get; init; } = [];

    /// <summary>Sends to the HCP the channel reports opened / all sends, from the send history.</summary>
    public int Opened { get; init; }

    public int Received { get; init; }

    /// <summary>Feedback on earlier suggestions of this content to this HCP, and on any content to them.</summary>
    public int Completed { get; init; }

    public int Dismissed { get; init; }

    /// <summary>
    /// The learning allocator's engagement estimate for the planned send behind the candidate (its channel, variant and
    /// hour), with the allocator's version; null for visits and before a model was trained.
    /// </summary>
    public Analytics.Prediction.EngagementPrediction? Preference { get; init; }
}
