using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Ingestion;
using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>Claims and passages as index records.</summary>
public static class KnowledgeRecords
{
    /// <summary>Every claim of the libraries (all statuses: the filter, not the index, keeps withdrawn ones out).</summary>
    public static IEnumerable<KnowledgeRecord> FromClaims(IEnumerable<ClaimLibrary> libraries) =>
        libraries.SelectMany(library => library.Spec.Claims.Select(claim => new KnowledgeRecord
        {
            Id = claim.Id,
            Kind = "claim",
            Product = library.Spec.Product,
            Category = claim.Category,
            Status = claim.Status,
            ExpiresOn = claim.Expires is { } expires ? KnowledgeRecord.DayNumber(expires) : KnowledgeRecord.NeverExpires,
            Source = $"{library.Metadata.EffectiveNamespace}/{library.Metadata.Name}",
            Text = claim.Text,
        }));

    /// <summary>The passages of one source.</summary>
    /// <param name="passages">The source's passages.</param>
    /// <param name="product">The source's product.</param>
    /// <param name="expires">The source's expiry; expired sources are filtered out of every search.</param>
    /// <param name="categoryOf">The class of a passage (its claim category), or null when unclassified.</param>
    public static IEnumerable<KnowledgeRecord> FromPassages(IEnumerable<Passage> passages, string product, DateOnly? expires, Func<Passage, string?>? categoryOf = null) =>
        passages.Select(passage => new KnowledgeRecord
        {
            Id = passage.Id,
            Kind = "passage",
            Product = product,
            Category = categoryOf?.Invoke(passage) ?? "",
            Status = "approved",
            ExpiresOn = expires is { } date ? KnowledgeRecord.DayNumber(date) : KnowledgeRecord.NeverExpires,
            Source = passage.Source,
            Location = passage.Location,
            Text = passage.Text,
        });
}
