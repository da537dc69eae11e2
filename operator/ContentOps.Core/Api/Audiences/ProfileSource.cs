using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Audiences;

/// <summary>A source of HCP profiles: a CSV or JSONL file (path), or a PostgreSQL table or query (postgres).</summary>
public sealed record ProfileSource
{
    /// <summary>A CSV or JSONL file relative to the declarations (examples, small teams); leave empty with postgres.</summary>
    public string? Path { get; init; }

    /// <summary>csv or jsonl; by default chosen by the file's extension (.jsonl and .ndjson are JSONL).</summary>
    [AllowedValues("csv", "jsonl")]
    public string? Format { get; init; }

    /// <summary>Read the profiles from PostgreSQL (HCP master data); personal data then never lives in Git.</summary>
    public PostgresProfileSource? Postgres { get; init; }

    /// <summary>When to re-read the profiles (cron, five fields), e.g. "0 2 * * *".</summary>
    [SchemaFormat("cron")]
    public string? Refresh { get; init; }
}
