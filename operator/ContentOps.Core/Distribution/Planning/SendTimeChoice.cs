namespace ContentOps.Core.Distribution.Planning;

/// <summary>A chosen send time and the sentence that explains it (naming the model version).</summary>
public sealed record SendTimeChoice(DateTimeOffset SendAt, string Reason);
