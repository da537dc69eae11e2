namespace ContentOps.Operator.Cli.Review;

/// <summary>Resources read from YAML and the diagnostics (file:line:column: error: ...) of those that could not be read.</summary>
internal sealed record LoadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Errors);
