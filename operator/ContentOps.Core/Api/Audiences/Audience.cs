namespace ContentOps.Core.Api.Audiences;

/// <summary>HCP segments and the profile data distribution reads.</summary>
[Resource("Audience", "audiences", "aud")]
[PrinterColumn("Role", "string", ".spec.role", "hcp or public.")]
[PrinterColumn("Segments", "integer", ".status.segments", "Number of segments.")]
[PrinterColumn("Profiles", "integer", ".status.profiles", "Profiles read from the data source.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class Audience : Resource<AudienceSpec, AudienceStatus>
{
    /// <summary>Creates an empty audience with its kind set.</summary>
    public Audience() => Kind = "Audience";
}
