namespace ContentOps.Operator.Declarations.Provenance;

/// <summary>
/// Annotations the loader writes from Git (never from the files: any such annotation in a file is dropped), read by
/// the approval check in embedded mode. In cluster mode the admission policy vouches for the signer (spec.approvedBy) and
/// for the piece's <see cref="Author"/>; the other annotations are ignored.
/// </summary>
internal static class ProvenanceAnnotations
{
    public const string Prefix = "provenance.contentops.io/";

    /// <summary>On an Approval: "Name &lt;email&gt;", the author of the commit that last changed its file.</summary>
    public const string Signer = Prefix + "signer";

    /// <summary>On an Approval: the e-mail whose SSH key (from the roster) verified that commit's signature.</summary>
    public const string SignedBy = Prefix + "signed-by";

    /// <summary>On an Approval: what was found about the commit's signature (unsigned, verified, or why not).</summary>
    public const string Signature = Prefix + "signature";

    /// <summary>On an Approval: the commit that last changed its file.</summary>
    public const string Commit = Prefix + "commit";

    /// <summary>On an Approval: why no signer could be established (not in Git, uncommitted changes).</summary>
    public const string Unverified = Prefix + "unverified";

    /// <summary>
    /// On a ContentPiece with approvals: "Name &lt;email&gt;", the author of the last change to its file (embedded mode,
    /// from Git). In cluster mode the user who last changed its spec, as the chart's admission policy enforces it
    /// (the requesting user, or the Git author a trusted GitOps applier carries).
    /// </summary>
    public const string Author = Prefix + "author";

    /// <summary>
    /// On a ContentPiece (embedded mode, from Git): when it was first declared, the author time (UTC, ISO-8601) of the
    /// first commit that holds its file. Cycle time runs from it to the first publication.
    /// </summary>
    public const string FirstDeclared = Prefix + "first-declared";

    /// <summary>The e-mail inside "Name &lt;email&gt;", or the whole text when it has no angle brackets.</summary>
    public static string EmailOf(string identity)
    {
        var open = identity.LastIndexOf('<');
        var close = identity.LastIndexOf('>');
        return (open >= 0 && close > open ? identity[(open + 1)..close] : identity).Trim();
    }
}
