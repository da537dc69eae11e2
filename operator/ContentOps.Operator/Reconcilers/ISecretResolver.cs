using ContentOps.Core.Api.Channels;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Resolves a secret reference: an environment variable in the embedded mode, a Kubernetes Secret in cluster mode.</summary>
internal interface ISecretResolver
{
    /// <summary>The secret value, or null when it is not set.</summary>
    string? Resolve(SecretReference reference);
}
