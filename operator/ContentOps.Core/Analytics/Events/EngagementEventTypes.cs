namespace ContentOps.Core.Analytics.Events;

/// <summary>The wire names of <see cref="EngagementEventType"/> (import files, the event API, metric labels).</summary>
public static class EngagementEventTypes
{
    private static readonly Dictionary<string, EngagementEventType> _byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["delivered"] = EngagementEventType.Delivered,
        ["bounced"] = EngagementEventType.Bounced,
        ["opened"] = EngagementEventType.Opened,
        ["read"] = EngagementEventType.Read,
        ["clicked"] = EngagementEventType.Clicked,
        ["shared"] = EngagementEventType.Shared,
        ["unsubscribed"] = EngagementEventType.Unsubscribed,
        ["registered"] = EngagementEventType.Registered,
        ["rep-feedback"] = EngagementEventType.RepFeedback,
        ["comment"] = EngagementEventType.Comment,
    };

    public static IReadOnlyCollection<string> Names => _byName.Keys;

    public static bool TryParse(string? name, out EngagementEventType type) => _byName.TryGetValue(name ?? "", out type);

    public static string Name(this EngagementEventType type) => _byName.First(p => p.Value == type).Key;
}
