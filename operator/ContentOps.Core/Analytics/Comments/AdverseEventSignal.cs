namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// A comment that reports a suspected adverse reaction: kept with its full text and time for pharmacovigilance
/// follow-up (a company must follow up every AE it learns of), never folded into an aggregate.
/// </summary>
/// <param name="Symptoms">The symptoms or reaction words found.</param>
/// <param name="Product">The product named, or null when the comment says "这个药"/"本品".</param>
/// <param name="Serious">Hospitalisation, emergency care or a life-threatening outcome is mentioned.</param>
/// <param name="Sentence">The sentence that reports it.</param>
public sealed record AdverseEventSignal(IReadOnlyList<string> Symptoms, string? Product, bool Serious, string Sentence);
