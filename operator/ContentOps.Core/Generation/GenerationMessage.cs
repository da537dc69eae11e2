namespace ContentOps.Core.Generation;

/// <summary>A key message and the ids of the claims that substantiate it.</summary>
public sealed record GenerationMessage(string Id, string Text, IReadOnlyList<string> ClaimIds);
