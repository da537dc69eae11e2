namespace ContentOps.Core.Generation.Templates;

/// <summary>What a template produced: title, body (the reviewed text) and a summary line (WeChat digest, email preheader) taken from the body.</summary>
public sealed record Rendered(string? Title, string Body, string? Summary = null);
