using System.ComponentModel.DataAnnotations;
using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Api.Audiences;

/// <summary>Profiles in PostgreSQL: a table or a query; the connection string comes from a secret, never from YAML.</summary>
public sealed record PostgresProfileSource
{
    /// <summary>Secret holding the Npgsql connection string (an environment variable in the embedded mode, a Kubernetes Secret in cluster mode).</summary>
    [Required]
    public SecretReference ConnectionSecretRef { get; init; } = new();

    /// <summary>Table (optionally schema.table) whose columns are the profile columns.</summary>
    public string? Table { get; init; }

    /// <summary>A SELECT whose result columns are the profile columns (use AS to rename); instead of table.</summary>
    public string? Query { get; init; }
}
