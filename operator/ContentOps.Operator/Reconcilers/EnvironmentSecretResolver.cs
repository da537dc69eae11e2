using ContentOps.Core.Api.Channels;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Embedded mode: <c>secretRef.name</c> (and optional key, joined with '_') names an environment variable.</summary>
internal sealed class EnvironmentSecretResolver : ISecretResolver
{
    public string? Resolve(SecretReference reference)
    {
        var name = reference.Key is { Length: > 0 } key ? $"{reference.Name}_{key}" : reference.Name;
        var variable = new string([.. name.Select(c => char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_')]);
        return Environment.GetEnvironmentVariable(variable);
    }
}
