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

    // Indexed by the enum's value: Name() runs several times per ingested event.
    private static readonly string[] _names = [.. Enum.GetValues<EngagementEventType>().Select(t => _byName.First(p => p.Value == t).Key)];

    public static IReadOnlyCollection<string> Names => _byName.Keys;

    public static bool TryParse(string? name, out EngagementEventType type) => _byName.TryGetValue(name ?? "", out type);

    public static string Name(this EngagementEventType type) => _names[(int)type];
}
