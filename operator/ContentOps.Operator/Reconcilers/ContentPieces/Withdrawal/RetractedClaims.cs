using ContentOps.Core.Api.Claims;

namespace ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

/// <summary>The claims of a piece's libraries that may no longer be stated: withdrawn, or past their expiry date.</summary>
internal static class RetractedClaims
{
    /// <summary>Claim id → why it is retracted ("withdrawn", "expired on 2026-11-30").</summary>
    public static IReadOnlyDictionary<string, string> In(IEnumerable<ClaimLibrary> libraries, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var retracted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in libraries.SelectMany(l => l.Spec.Claims))
        {
            if (claim.Status == "withdrawn")
            {
                retracted.TryAdd(claim.Id, "withdrawn");
            }
            else if (claim.Expires is { } expires && expires < today)
            {
                retracted.TryAdd(claim.Id, $"expired on {expires:yyyy-MM-dd}");
            }
        }

        return retracted;
    }

    /// <summary>The earliest moment an approved claim among <paramref name="stated"/> expires (the day after its date, UTC).</summary>
    public static DateTimeOffset? NextExpiry(IEnumerable<ClaimLibrary> libraries, IReadOnlyCollection<string> stated, DateTimeOffset now) =>
        libraries.SelectMany(l => l.Spec.Claims)
            .Where(c => c.Status != "withdrawn" && c.Expires is not null && stated.Contains(c.Id))
            .Select(c => (DateTimeOffset?)new DateTimeOffset(c.Expires!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            .Where(at => at > now)
            .Min();
}
