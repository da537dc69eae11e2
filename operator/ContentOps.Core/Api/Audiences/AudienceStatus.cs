namespace ContentOps.Core.Api.Audiences;

/// <summary>Observed state of an audience.</summary>
public sealed class AudienceStatus : ResourceStatus
{
    /// <summary>Number of segments.</summary>
    public int? Segments { get; init; }

    /// <summary>Profiles read.</summary>
    public int? Profiles { get; init; }
}
