namespace ContentOps.Core.Api;

/// <summary>The API group and version every ContentOps resource belongs to.</summary>
public static class ApiGroup
{
    /// <summary>The API group, as in <c>apiVersion: contentops.io/v1alpha1</c>.</summary>
    public const string Group = "contentops.io";

    /// <summary>The only served version.</summary>
    public const string Version = "v1alpha1";

    /// <summary>The full apiVersion string.</summary>
    public const string ApiVersion = Group + "/" + Version;

    /// <summary>Finalizer that makes a deleted piece wait until it is withdrawn from every channel.</summary>
    public const string WithdrawFinalizer = "contentops.io/withdraw";

    /// <summary>
    /// Annotation naming the commit a resource was declared at, for modes that do not read Git themselves (the
    /// operator: objects arrive through kubectl or a GitOps tool). Status and audit records carry it.
    /// </summary>
    public const string SourceRevisionAnnotation = "contentops.io/source-revision";
}
