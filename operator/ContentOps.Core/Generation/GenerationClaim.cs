namespace ContentOps.Core.Generation;

/// <summary>An approved claim as generation must state it: verbatim, followed by its reference markers.</summary>
public sealed record GenerationClaim(string Id, string Category, string Text, IReadOnlyList<int> ReferenceNumbers)
{
    /// <summary>The claim with its markers before the full stop, e.g. 治疗24周HbA1c较基线降低1.1%[1,2]。</summary>
    public string Cited => ReferenceNumbers.Count == 0
        ? Text
        : $"{Text.TrimEnd('。', '.', ' ')}[{string.Join(",", ReferenceNumbers)}]。";
}
