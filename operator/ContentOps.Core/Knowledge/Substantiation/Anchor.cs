using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>The passage of one referenced source that best substantiates a claim.</summary>
/// <param name="Reference">The reference id the claim cites.</param>
/// <param name="Passage">The first passage of the anchor (page and section come from it).</param>
/// <param name="Text">The anchor's text: the passage, or it and the one or two that follow when the facts span them.</param>
/// <param name="Found">The claim's facts this anchor states.</param>
/// <param name="Similarity">Character-bigram overlap of claim and anchor, 0..1.</param>
public sealed record Anchor(string Reference, Passage Passage, string Text, IReadOnlyList<ClaimFact> Found, double Similarity);
