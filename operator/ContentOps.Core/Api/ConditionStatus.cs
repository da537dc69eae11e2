namespace ContentOps.Core.Api;

/// <summary>The three values of <see cref="Condition.Status"/>.</summary>
public static class ConditionStatus
{
    /// <summary>The condition holds.</summary>
    public const string True = "True";

    /// <summary>The condition does not hold.</summary>
    public const string False = "False";

    /// <summary>Not yet known; a missing condition means the same.</summary>
    public const string Unknown = "Unknown";
}
