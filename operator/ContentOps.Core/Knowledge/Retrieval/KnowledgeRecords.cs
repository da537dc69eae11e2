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

    /// <summary>
    /// What both lists index for a record: its context, then its text. The context is what a reader of the record
    /// knows without it being said: the product (a claim or passage is about its product even when its text says 本品
    /// or names none), the section heading a passage sits under (【用法用量】), and for a claim the label section its
    /// category belongs to (<see cref="LabelSections"/>). So a query that names the product or the section finds it
    /// (document expansion); the text shown is unchanged.
    /// </summary>
    public static string IndexedText(KnowledgeRecord record)
    {
        var context = new List<string>(3);
        if (record.Product.Length > 0 && !record.Text.Contains(record.Product, StringComparison.Ordinal))
        {
            context.Add(record.Product);
        }

        var section = record.Location.IndexOf('§', StringComparison.Ordinal);
        if (section >= 0)
        {
            context.Add(record.Location[(section + 1)..]);
        }
        else if (record.Kind == "claim" && LabelSections.TryGetValue(record.Category, out var heading))
        {
            context.Add(heading);
        }

        return context.Count == 0 ? record.Text : $"{string.Join("。", context)}。{record.Text}";
    }

    /// <summary>
    /// The section of a Chinese package insert (说明书, NMPA order of headings) each claim category corresponds to:
    /// where a reader looks for a claim of that category.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LabelSections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["indication"] = "【适应症】",
        ["dosing"] = "【用法用量】",
        ["safety"] = "【不良反应】",
        ["mechanism"] = "【药理毒理】",
        ["efficacy"] = "【临床试验】",
    };
}
