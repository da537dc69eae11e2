namespace ContentOps.Core.Distribution.Planning;

/// <summary>A chosen option and the sentence that explains it (naming the model version).</summary>
public sealed record SendChoice(SendOption Option, string Reason);
