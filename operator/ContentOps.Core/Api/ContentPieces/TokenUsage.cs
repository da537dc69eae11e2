namespace ContentOps.Core.Api.ContentPieces;

/// <summary>Tokens a model provider used to generate the current content (all attempts), as the endpoint reported them.</summary>
public sealed record TokenUsage
{
    /// <summary>Prompt (input) tokens.</summary>
    public long InputTokens { get; init; }

    /// <summary>Completion (output) tokens.</summary>
    public long OutputTokens { get; init; }
}
