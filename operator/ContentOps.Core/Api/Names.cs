namespace ContentOps.Core.Api;

/// <summary>Naming rules shared by every kind.</summary>
public static class Names
{
    /// <summary>RFC 1123 label: what Kubernetes accepts for names of custom resources used as references.</summary>
    public const string DnsLabelPattern = "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$";

    /// <summary>Identifier for claims, rules, references and key messages.</summary>
    public const string IdPattern = "^[a-z0-9]([-a-z0-9._]{0,126}[a-z0-9])?$";

    /// <summary>A content digest: <c>sha256:</c> followed by 64 lower-case hex characters.</summary>
    public const string DigestPattern = "^sha256:[0-9a-f]{64}$";

    /// <summary>An e-mail address as Git records authors: local part, '@', a domain with a dot.</summary>
    public const string EmailPattern = "^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$";

    /// <summary>The namespace of an object that names none.</summary>
    public const string DefaultNamespace = "default";
}
