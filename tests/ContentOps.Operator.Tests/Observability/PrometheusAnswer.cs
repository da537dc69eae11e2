namespace ContentOps.Operator.Tests.Observability;

/// <summary>An instant query's outcome: status, error (when not "success") and the sample values.</summary>
internal sealed record PrometheusAnswer(string Status, string? Error, IReadOnlyList<double> Values);
