namespace ContentOps.Core.Review;

/// <summary>The severities a rule and its findings can have.</summary>
public static class Severities
{
    /// <summary>Stops publication.</summary>
    public const string Block = "block";

    /// <summary>Reported only; a human decides.</summary>
    public const string Warn = "warn";
}
