namespace ContentOps.Operator.Cli.Run;

/// <summary>Parsed arguments of <c>contentops run</c>.</summary>
internal sealed record RunArguments(
    string Path,
    string? StateFolder,
    string? Revision,
    bool Watch,
    int? MetricsPort,
    string? LlmEndpoint,
    string? LlmModel,
    int? EventsPort = null,
    int? ApiPort = null);
