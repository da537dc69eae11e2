using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api;

/// <summary>Kubernetes-style object metadata.</summary>
public sealed record ObjectMeta
{
    /// <summary>Name, unique per kind and namespace: lower-case letters, digits and '-', at most 63 characters.</summary>
    [Required]
    [RegularExpression(Names.DnsLabelPattern)]
    public string Name { get; init; } = "";

    /// <summary>Namespace; <c>default</c> when omitted.</summary>
    [RegularExpression(Names.DnsLabelPattern)]
    public string? Namespace { get; init; }

    /// <summary>Labels that policies and tools select on.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Free-form annotations; ContentOps ignores them.</summary>
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    /// <summary>Unique id set by the store; in the embedded mode derived from kind, namespace and name.</summary>
    public string? Uid { get; init; }

    /// <summary>Incremented by the store on every change of the spec.</summary>
    public long? Generation { get; init; }

    /// <summary>Opaque version for optimistic concurrency, set by the store.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>When the store first saw the object.</summary>
    public DateTimeOffset? CreationTimestamp { get; init; }

    /// <summary>Set when deletion was requested; the object stays until its finalizers are removed.</summary>
    public DateTimeOffset? DeletionTimestamp { get; init; }

    /// <summary>Pending clean-up steps that block deletion.</summary>
    public IReadOnlyList<string>? Finalizers { get; init; }

    /// <summary>The namespace, with the default applied.</summary>
    public string EffectiveNamespace => string.IsNullOrEmpty(Namespace) ? Names.DefaultNamespace : Namespace;
}
