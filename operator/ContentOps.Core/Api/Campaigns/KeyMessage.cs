using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Campaigns;

/// <summary>A message the campaign wants every touchpoint to carry, backed by approved claims.</summary>
public sealed record KeyMessage
{
    /// <summary>Identifier pieces refer to.</summary>
    [Required]
    [RegularExpression(Names.IdPattern)]
    public string Id { get; init; } = "";

    /// <summary>The message in one sentence (brief language, not final copy).</summary>
    [Required]
    public string Text { get; init; } = "";

    /// <summary>Claim ids that substantiate the message.</summary>
    public IReadOnlyList<string>? Claims { get; init; }
}
