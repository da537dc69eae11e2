namespace ContentOps.Core.Api.Knowledge;

/// <summary>
/// Documents content may draw on (the label, study publications, guidelines, approved materials): files in the
/// repository, ingested into passages that keep page and section, used to anchor claims and for recall.
/// </summary>
[Resource("KnowledgeSource", "knowledgesources", "ks")]
[PrinterColumn("Type", "string", ".spec.type", "label, study, guideline, approved-material or other.")]
[PrinterColumn("Product", "string", ".spec.product", "Product the documents are about.")]
[PrinterColumn("Passages", "integer", ".status.passages", "Passages ingested.")]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", "Whether every file was read.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class KnowledgeSource : Resource<KnowledgeSourceSpec, KnowledgeSourceStatus>
{
    /// <summary>Creates an empty source with its kind set.</summary>
    public KnowledgeSource() => Kind = "KnowledgeSource";
}
