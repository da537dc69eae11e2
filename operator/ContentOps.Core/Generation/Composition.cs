using System.Text.Json.Serialization;

namespace ContentOps.Core.Generation;

/// <summary>
/// The structured answer of a generator (the embedded one or a model): connective prose and which claims to place
/// where, by id. It holds no fact: the renderer inserts each claim's approved text verbatim, and the template adds
/// the safety information, references, statements and footer the policies require.
/// </summary>
public sealed record Composition
{
    /// <summary>Title or email subject; the piece's title when omitted.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The opening paragraph (prose only, no figures or efficacy/safety statements).</summary>
    [JsonPropertyName("opening")]
    public string? Opening { get; init; }

    /// <summary>Sections in reading order.</summary>
    [JsonPropertyName("sections")]
    public IReadOnlyList<CompositionSection> Sections { get; init; } = [];

    /// <summary>The closing sentence (prose only).</summary>
    [JsonPropertyName("closing")]
    public string? Closing { get; init; }
}

/// <summary>A section: a heading, optional lead-in prose, and the ids of the claims stated in it, in order.</summary>
public sealed record CompositionSection
{
    [JsonPropertyName("heading")]
    public string Heading { get; init; } = "";

    [JsonPropertyName("prose")]
    public string? Prose { get; init; }

    [JsonPropertyName("claims")]
    public IReadOnlyList<string> Claims { get; init; } = [];
}
