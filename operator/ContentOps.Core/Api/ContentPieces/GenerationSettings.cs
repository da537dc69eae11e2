using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.ContentPieces;

/// <summary>Generation settings of one piece.</summary>
public sealed record GenerationSettings
{
    /// <summary>embedded (deterministic, offline modular generator) or openai (an OpenAI-compatible endpoint such as vLLM).</summary>
    [AllowedValues("embedded", "openai")]
    public string Provider { get; init; } = "embedded";

    /// <summary>Model name for the openai provider, e.g. qwen2.5-14b-instruct.</summary>
    public string? Model { get; init; }

    /// <summary>single (one rendition per channel) or per-segment (one per audience segment).</summary>
    [AllowedValues("single", "per-segment")]
    public string Variants { get; init; } = "single";

    /// <summary>Sampling temperature for model providers.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; init; } = 0.2;

    /// <summary>How often generation may be retried with the review findings before the piece fails.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; init; } = 3;

    /// <summary>
    /// Up to this many further approved claims that fit the brief, recalled from the campaign's claim libraries
    /// (hybrid keyword and vector recall), are added to spec.claims for generation; 0 uses spec.claims only.
    /// </summary>
    [Range(0, 10)]
    public int RecallClaims { get; init; }

    /// <summary>Tone profile (Generation/Tones/tones.yaml): academic (specialists), practical (tier-2 and primary care), plain (patients), warm (invitations), concise (notices).</summary>
    [AllowedValues("academic", "practical", "plain", "warm", "concise")]
    public string Tone { get; init; } = "academic";

    /// <summary>
    /// scene (the deterministic scene polish only) or model (then the generation model rewrites the connective prose in
    /// the tone profile; an answer that is malformed, changes the sections or adds a number is rejected). Review checks the result.
    /// </summary>
    [AllowedValues("scene", "model")]
    public string Polish { get; init; } = "scene";
}
