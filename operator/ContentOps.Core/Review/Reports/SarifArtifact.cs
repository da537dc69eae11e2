namespace ContentOps.Core.Review.Reports;

/// <summary>A reviewed file (or rendition) for SARIF: its URI and its verdict, with positions relative to that file.</summary>
public sealed record SarifArtifact(string Uri, Verdict Verdict);
