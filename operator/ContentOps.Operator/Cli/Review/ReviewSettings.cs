namespace ContentOps.Operator.Cli.Review;

/// <summary>The parsed options of <c>contentops review</c>.</summary>
internal sealed record ReviewSettings
{
    public required string PoliciesPath { get; init; }

    public string? ClaimsPath { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public string ProductType { get; init; } = "rx";

    public string Audience { get; init; } = "hcp";

    public string ChannelType { get; init; } = "file";

    public string ContentFormat { get; init; } = "wechat-article";

    public string? AssetType { get; init; }

    public string Language { get; init; } = "zh-CN";

    public IReadOnlyList<string> Indications { get; init; } = [];

    public string OutputFormat { get; init; } = "text";

    /// <summary>Whether policies' learned detectors run (--learned on|off).</summary>
    public bool Learned { get; init; } = true;
}
