namespace ContentOps.Core.Generation.Intent;

/// <summary>
/// What a brief asks for, read deterministically from its text: purpose, length, emphasis, tone and per-segment
/// directives. Generation shapes content by it; it never becomes published text by itself.
/// </summary>
public sealed record BriefIntent
{
    /// <summary>education, launch, invitation or reminder.</summary>
    public string Purpose { get; init; } = BriefPurposes.Education;

    /// <summary>Body length the brief asks for, if it names one.</summary>
    public LengthTarget? Length { get; init; }

    /// <summary>Maximum characters of the title or email subject the brief names (主题不超过 40 字), if any.</summary>
    public int? TitleMaxChars { get; init; }

    /// <summary>Topics the brief stresses, in the order it names them (efficacy, safety, dosing, mechanism, indication, guideline).</summary>
    public IReadOnlyList<string> Emphasis { get; init; } = [];

    /// <summary>Tone the brief asks for (academic, practical, plain, warm, concise), if it names one.</summary>
    public string? Tone { get; init; }

    /// <summary>Directives for some segments only (三级医院版本侧重…).</summary>
    public IReadOnlyList<SegmentDirective> Directives { get; init; } = [];

    /// <summary>The event an invitation or reminder is about (date, time), if the brief names one.</summary>
    public EventMention? Event { get; init; }
}

/// <summary>The purposes a brief can have.</summary>
public static class BriefPurposes
{
    /// <summary>Academic or scientific information (the default).</summary>
    public const string Education = "education";

    /// <summary>A product launch announcement.</summary>
    public const string Launch = "launch";

    /// <summary>An invitation to an event.</summary>
    public const string Invitation = "invitation";

    /// <summary>A reminder of an event.</summary>
    public const string Reminder = "reminder";
}

/// <summary>Length the brief asks for: characters (字) of body text, minutes of speaking, or SMS segments.</summary>
public sealed record LengthTarget(int? MinChars, int? MaxChars, int? Minutes = null, int? Segments = null, int? Seconds = null);

/// <summary>What the brief asks of one group of segments: who (as written) and the topics to stress.</summary>
public sealed record SegmentDirective(string Who, string Focus, IReadOnlyList<string> Topics);

/// <summary>An event named in the brief: 3 月 18 日 19:00.</summary>
public sealed record EventMention(string? Date, string? Time);
