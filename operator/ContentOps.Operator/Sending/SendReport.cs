namespace ContentOps.Operator.Sending;

/// <summary>What one execution of send plans did.</summary>
internal sealed record SendReport
{
    public int Sent { get; init; }

    /// <summary>Refused for good (no address, refused recipient).</summary>
    public int Failed { get; init; }

    /// <summary>Due but not sent yet: rate limit, an unreachable or degraded channel; retried next time.</summary>
    public int Waiting { get; init; }

    /// <summary>Planned for later (quiet hours, schedule).</summary>
    public int Deferred { get; init; }

    /// <summary>HCP and channel pairs the plan skipped, with a reason (consent, verification, caps, schedule…).</summary>
    public int Skipped { get; init; }

    /// <summary>HCP and channel pairs that already received the piece's content (a rerun sends nothing new).</summary>
    public int AlreadySent { get; init; }

    /// <summary>True when the plan held nothing for any HCP.</summary>
    /// <summary>Next-best-action cards pushed to CRM channels in this pass (new suggestions only).</summary>
    public int SuggestionsPushed { get; init; }

    public bool IsEmpty => Sent + Failed + Waiting + Deferred + Skipped + AlreadySent == 0;

    /// <summary>When the earliest deferred or waiting send is due.</summary>
    public DateTimeOffset? NextDue { get; init; }

    /// <summary>namespace/name of each channel that could not be used, and why (a sentence without secrets).</summary>
    public IReadOnlyDictionary<string, string> Degraded { get; init; } = new Dictionary<string, string>();

    /// <summary>Sends per channel (namespace/name) made in this execution.</summary>
    public IReadOnlyDictionary<string, int> SentPerChannel { get; init; } = new Dictionary<string, int>();

    /// <summary>What the scheduled effect-model training did in this pass (a sentence), or null when it was not due.</summary>
    public string? EffectModel { get; init; }

    /// <summary>Sends kept pending for a reason the operator must act on, one sentence each ("skipped: …").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static SendReport Empty { get; } = new();
}
