namespace ContentOps.Core.Review.Learned;

/// <summary>The content of a learned detector's examples file and the path it was read from (for messages); null content: the file is missing.</summary>
public sealed record LearnedExamplesText(string Path, string? Content);
