namespace ContentOps.Core.Generation;

/// <summary>Channel limits the policies' length rules set for a rendition, so generation fits them instead of review failing them.</summary>
public sealed record GenerationLimits(int? TitleMaxChars, int? SmsSegments);
