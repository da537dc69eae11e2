namespace ContentOps.Core.Generation;

/// <summary>A reference a claim cites: its id in the claim library and the citation printed in the references section.</summary>
public sealed record GenerationReference(string Id, string Citation);
