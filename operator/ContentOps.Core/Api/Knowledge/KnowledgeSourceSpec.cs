using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Knowledge;

/// <summary>What a knowledge source declares.</summary>
public sealed record KnowledgeSourceSpec
{
    /// <summary>label (说明书), study, guideline, approved-material or other.</summary>
    [Required]
    [AllowedValues("label", "study", "guideline", "approved-material", "other")]
    public string Type { get; init; } = "";

    /// <summary>Trade name of the product the documents are about (the campaign's product.name).</summary>
    [Required]
    public string Product { get; init; } = "";

    /// <summary>Language of the documents: zh-CN or en.</summary>
    [AllowedValues("zh-CN", "en")]
    public string Language { get; init; } = "zh-CN";

    /// <summary>Title of the document, e.g. 康力平®（澜格列汀片）说明书.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Files or folders relative to the declarations: Markdown (.md), plain text (.txt), PDF (.pdf) or Word (.docx).
    /// A folder contributes every such file under it, in path order.
    /// </summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>
    /// Ids of the ClaimLibrary references (same namespace) these documents are; claims citing them are anchored to
    /// its passages. Default: the source's own name.
    /// </summary>
    public IReadOnlyList<string>? References { get; init; }

    /// <summary>Date from which the documents are in force (e.g. the label's approval date).</summary>
    [SchemaFormat("date")]
    public DateOnly? Effective { get; init; }

    /// <summary>Date after which the documents may no longer be drawn on; expired sources are never recalled.</summary>
    [SchemaFormat("date")]
    public DateOnly? Expires { get; init; }
}
