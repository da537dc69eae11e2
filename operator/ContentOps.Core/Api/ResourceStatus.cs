namespace ContentOps.Core.Api;

/// <summary>Status fields every kind has.</summary>
public class ResourceStatus
{
    /// <summary>The generation the status describes.</summary>
    public long? ObservedGeneration { get; init; }

    /// <summary>Observations, one per type; see the README for each kind's condition table.</summary>
    public IReadOnlyList<Condition>? Conditions { get; init; }

    /// <summary>The Git commit the declarations were read from, when they came from Git.</summary>
    public string? SourceRevision { get; init; }
}
