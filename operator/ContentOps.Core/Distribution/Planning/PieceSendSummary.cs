namespace ContentOps.Core.Distribution.Planning;

/// <summary>How many HCPs a piece reaches per channel, how many sends were deferred and how many skipped and why.</summary>
public sealed class PieceSendSummary
{
    /// <summary>Planned sends per channel.</summary>
    public SortedDictionary<string, int> Planned { get; } = new(StringComparer.Ordinal);

    /// <summary>Planned sends moved out of quiet hours.</summary>
    public int Deferred { get; set; }

    /// <summary>Skipped pairs per rule (<see cref="SkipRules"/>) and channel, keyed "rule on channel".</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public int PlannedTotal => Planned.Values.Sum();

    public int SkippedTotal => Skipped.Values.Sum();
}
