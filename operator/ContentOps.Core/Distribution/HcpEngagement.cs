namespace ContentOps.Core.Distribution;

/// <summary>Optional engagement history a profile source may carry (CRM or analytics export).</summary>
public sealed record HcpEngagement
{
    /// <summary>No history.</summary>
    public static HcpEngagement None { get; } = new();

    /// <summary>Messages opened in the history window.</summary>
    public int Opens { get; init; }

    /// <summary>Links clicked in the history window.</summary>
    public int Clicks { get; init; }

    /// <summary>Last contact of any kind (send, visit, call), used to suppress suggestions right after one.</summary>
    public DateTimeOffset? LastContactAt { get; init; }

    /// <summary>Topics the HCP engaged with: key message ids or free tags, matched against a piece's key messages and labels.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];
}
