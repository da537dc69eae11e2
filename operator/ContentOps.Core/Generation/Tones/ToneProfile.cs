namespace ContentOps.Core.Generation.Tones;

/// <summary>
/// How the embedded generator writes for one scene: greeting, opening per purpose, the lead-in before claims, the
/// closing and the longest sentence of connective prose. Declared in Generation/Tones/tones.yaml.
/// </summary>
public sealed record ToneProfile
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string Greeting { get; init; } = "尊敬的{who}：";

    /// <summary>Opening sentence per purpose (education, launch, invitation, reminder).</summary>
    public Dictionary<string, string> Openings { get; init; } = [];

    public string SectionLead { get; init; } = "";

    public string Closing { get; init; } = "";

    /// <summary>Longest sentence of connective prose, in characters; longer prose is split at a comma.</summary>
    public int MaxSentenceChars { get; init; } = 80;
}
