namespace ContentOps.Operator.Reconcilers.ContentPieces.Approvals;

/// <summary>Where an Approval's signer comes from.</summary>
internal enum SignerSource
{
    /// <summary>Embedded mode: the provenance annotations the loader wrote from Git (author or verified SSH signer).</summary>
    Git,

    /// <summary>Cluster mode: <c>spec.approvedBy</c>, which the chart's admission policy matched to the requesting user.</summary>
    Admission,
}
