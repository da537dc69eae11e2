namespace ContentOps.Operator.Cli.Review;

/// <summary>
/// Resources read from YAML and the diagnostics (file:line:column: error: ...) of those that could not be read; <see cref="Origins"/>
/// maps each resource (by reference) to the file it came from, so paths inside it (spec.learnedDetector.examples) resolve.
/// </summary>
internal sealed record LoadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Errors, IReadOnlyDictionary<T, string>? Origins = null)
    where T : class;
