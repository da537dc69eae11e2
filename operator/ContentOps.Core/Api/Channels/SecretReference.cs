using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Channels;

/// <summary>A reference to a secret: a Kubernetes Secret in cluster mode, an environment variable in the embedded mode.</summary>
public sealed record SecretReference
{
    /// <summary>Secret name (cluster) or environment variable name (embedded).</summary>
    [Required]
    public string Name { get; init; } = "";

    /// <summary>Key inside the Secret.</summary>
    public string? Key { get; init; }
}
