using System.Text.Json;
using ContentOps.Core.Digests;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// Which revision of the declarations the state holds and which one was tried last, in Flux's vocabulary
/// (<c>lastAppliedRevision</c>, <c>lastAttemptedRevision</c>, a Ready condition with its reason). A revision whose
/// declarations are invalid is attempted but never applied: the state keeps the last applied one, and runs keep
/// reconciling it (expiries, withdrawals, scheduled publishes, retries).
/// </summary>
internal sealed record SourceRevisions
{
    /// <summary>Ready reason after declarations were synced into the state.</summary>
    public const string Succeeded = "ReconciliationSucceeded";

    /// <summary>Ready reason when the declarations at the attempted revision are invalid.</summary>
    public const string ValidationFailed = "ValidationFailed";

    private const string FileName = "revisions.json";

    /// <summary>The Git commit whose declarations the state holds; null outside Git or before the first valid run.</summary>
    public string? LastAppliedRevision { get; init; }

    public DateTimeOffset? LastAppliedAt { get; init; }

    /// <summary>The Git commit the last run read; equals <see cref="LastAppliedRevision"/> unless it was invalid.</summary>
    public string? LastAttemptedRevision { get; init; }

    public DateTimeOffset? LastAttemptedAt { get; init; }

    /// <summary>True when the last attempted declarations were applied.</summary>
    public bool Ready { get; init; }

    public string Reason { get; init; } = "";

    /// <summary>What happened; for a failed attempt, the error count and the first error.</summary>
    public string Message { get; init; } = "";

    /// <summary>True once some declarations were applied (a run has state to keep reconciling).</summary>
    public bool HasApplied => LastAppliedAt is not null;

    public static SourceRevisions Read(string stateFolder)
    {
        var file = Path.Combine(stateFolder, FileName);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<SourceRevisions>(File.ReadAllText(file), ContentDigest.CanonicalJson) ?? new() : new();
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new SourceRevisions();
        }
    }

    public SourceRevisions Applied(string? revision, DateTimeOffset now) => this with
    {
        LastAppliedRevision = revision,
        LastAppliedAt = now,
        LastAttemptedRevision = revision,
        LastAttemptedAt = now,
        Ready = true,
        Reason = Succeeded,
        Message = $"Applied revision {Display(revision)}.",
    };

    public SourceRevisions Failed(string? revision, DateTimeOffset now, string message) => this with
    {
        LastAttemptedRevision = revision,
        LastAttemptedAt = now,
        Ready = false,
        Reason = ValidationFailed,
        Message = message,
    };

    public void Write(string stateFolder)
    {
        var file = Path.Combine(stateFolder, FileName);
        File.WriteAllText(file + ".tmp", JsonSerializer.Serialize(this, ContentDigest.CanonicalJson));
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>A commit id as people read it (12 characters), or what stands for "not a Git repository".</summary>
    public static string Display(string? revision) => revision is null ? "(work tree, not Git)" : revision[..Math.Min(12, revision.Length)];
}
