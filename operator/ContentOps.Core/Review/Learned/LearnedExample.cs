namespace ContentOps.Core.Review.Learned;

/// <summary>One labelled example sentence: a rule id (or <see cref="LearnedExamples.Compliant"/>) and the text, with its line in the examples file.</summary>
public sealed record LearnedExample(string Label, string Text, int Line = 0);
