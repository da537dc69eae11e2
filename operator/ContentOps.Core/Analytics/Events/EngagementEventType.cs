namespace ContentOps.Core.Analytics.Events;

/// <summary>What an HCP (or the channel, or a rep) did with a send. Wire names: <see cref="EngagementEventTypes"/>.</summary>
public enum EngagementEventType
{
    Delivered,
    Bounced,
    Opened,
    Read,
    Clicked,
    Shared,
    Unsubscribed,
    Registered,
    RepFeedback,
    Comment,
}
