using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>
/// Whether engagement events arrived since the last clean run (<c>events import</c>, the event API), so a settled
/// rerun measures the campaigns' objectives again and otherwise reconciles nothing.
/// </summary>
internal static class EngagementWatermark
{
    private const string FileName = "engagement.watermark";

    public static bool Changed(LocalStateStore state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var file = Path.Combine(state.Folder, FileName);
        return !File.Exists(file) || File.ReadAllText(file) != state.Events.Watermark();
    }

    public static void Record(LocalStateStore state)
    {
        ArgumentNullException.ThrowIfNull(state);
        File.WriteAllText(Path.Combine(state.Folder, FileName), state.Events.Watermark());
    }
}
