using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Distribution.Profiles;
using ContentOps.Operator.Reconcilers;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// Reads an audience's profiles from where <c>spec.profiles</c> says: a CSV or JSONL file relative to the
/// declarations, or a PostgreSQL table or query whose connection string comes from a secret (never from YAML).
/// </summary>
/// <param name="display">How messages name a profile file given its full path (default: the path as declared).</param>
internal sealed class ProfileLoader(string declarationsRoot, ISecretResolver secrets, Func<string, string>? display = null)
{
    public async Task<ProfileReadResult> LoadAsync(ProfileSource source, CancellationToken cancellationToken)
    {
        if (source.Postgres is { } postgres)
        {
            var connection = secrets.Resolve(postgres.ConnectionSecretRef);
            if (string.IsNullOrWhiteSpace(connection))
            {
                return ProfileReadResult.Failed(
                    $"spec.profiles.postgres: the connection string secret '{postgres.ConnectionSecretRef.Name}' is not set; set it (an environment variable in the embedded mode, a Secret in cluster mode)");
            }
            return await PostgresProfileReader.ReadAsync(connection, postgres, cancellationToken);
        }
        if (string.IsNullOrWhiteSpace(source.Path))
        {
            return ProfileReadResult.Failed("spec.profiles: set path (a CSV or JSONL file) or postgres (a table or query)");
        }
        var full = Path.GetFullPath(Path.Combine(declarationsRoot, source.Path));
        return ProfileFileReader.Read(full, display?.Invoke(full) ?? source.Path, source.Format);
    }
}
