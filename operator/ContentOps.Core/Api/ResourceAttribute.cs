namespace ContentOps.Core.Api;

/// <summary>Declares a class as a ContentOps resource kind: its names on the API server and in kubectl.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResourceAttribute(string kind, string plural, params string[] shortNames) : Attribute
{
    /// <summary>The kind, e.g. <c>ContentPiece</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The lower-case plural used in URLs and by kubectl, e.g. <c>contentpieces</c>.</summary>
    public string Plural { get; } = plural;

    /// <summary>Short names kubectl accepts, e.g. <c>cp</c>.</summary>
    public IReadOnlyList<string> ShortNames { get; } = shortNames;
}
