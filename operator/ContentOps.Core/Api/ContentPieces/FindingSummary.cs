namespace ContentOps.Core.Api.ContentPieces;

/// <summary>One review finding as shown in status.</summary>
public sealed record FindingSummary
{
    /// <summary>Policy and rule, e.g. china-drug-ad/absolute-terms.</summary>
    public string Rule { get; init; } = "";

    /// <summary>block or warn.</summary>
    public string Severity { get; init; } = "";

    /// <summary>The channel rendition it was found in.</summary>
    public string? Channel { get; init; }

    /// <summary>What is wrong and the legal basis.</summary>
    public string Message { get; init; } = "";

    /// <summary>The offending text.</summary>
    public string? Match { get; init; }
}
