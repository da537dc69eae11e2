namespace ContentOps.Core.Generation;

/// <summary>
/// An approved claim as generation must state it: verbatim, with the ids of the references that substantiate it.
/// Reference numbers are given at render time, in order of first citation (see <see cref="CitationBook"/>).
/// </summary>
public sealed record GenerationClaim(string Id, string Category, string Text, IReadOnlyList<string> ReferenceIds);
