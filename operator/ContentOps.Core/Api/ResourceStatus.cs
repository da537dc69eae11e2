namespace ContentOps.Core.Api;

/// <summary>Status fields every kind has.</summary>
public class ResourceStatus
{
    /// <summary>The generation the status describes.</summary>
    public long? ObservedGeneration { get; init; }

    /// <summary>Observations, one per type; see the README for each kind's condition table.</summary>
    public IReadOnlyList<Condition>? Conditions { get; init; }

    /// <summary>
    /// The commit the object was declared at: the Git commit contentops run read it from, else its
    /// contentops.io/source-revision annotation (stamped by CI for the operator). Pieces and their audit records carry it.
    /// </summary>
    public string? SourceRevision { get; init; }
}
