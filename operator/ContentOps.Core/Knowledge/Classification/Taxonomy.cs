namespace ContentOps.Core.Knowledge.Classification;

/// <summary>The classes material is sorted into, per dimension (category, content type, therapeutic area, audience, lifecycle).</summary>
public sealed record Taxonomy(IReadOnlyList<TaxonomyDimension> Dimensions);

/// <summary>One way of sorting, e.g. category.</summary>
public sealed record TaxonomyDimension(string Name, string? Description, IReadOnlyList<TaxonomyClass> Classes);

/// <summary>A class with its keywords and labelled examples.</summary>
public sealed record TaxonomyClass(string Id, IReadOnlyList<string> Keywords, IReadOnlyList<string> Examples);
