namespace ContentOps.Operator.Controller;

/// <summary>The two event types Kubernetes knows.</summary>
internal static class EventTypes
{
    /// <summary>A transition that went as expected (generated, published, withdrawn).</summary>
    public const string Normal = "Normal";

    /// <summary>Something a person should look at (review failed, stalled, a retried failure).</summary>
    public const string Warning = "Warning";

    /// <summary>Throws unless <paramref name="type"/> is <see cref="Normal"/> or <see cref="Warning"/>.</summary>
    public static void Validate(string type)
    {
        if (type is not (Normal or Warning))
        {
            throw new ArgumentException($"Event type must be {Normal} or {Warning}, not '{type}'.", nameof(type));
        }
    }
}
