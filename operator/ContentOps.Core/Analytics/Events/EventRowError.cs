namespace ContentOps.Core.Analytics.Events;

/// <summary>A rejected row: where it is and why, as <c>FILE:LINE: reason</c>.</summary>
public sealed record EventRowError(string Source, int Line, string Reason)
{
    public override string ToString() => $"{Source}:{Line}: {Reason}";
}
