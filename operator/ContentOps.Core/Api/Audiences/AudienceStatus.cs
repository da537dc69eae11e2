namespace ContentOps.Core.Api.Audiences;

/// <summary>Observed state of an audience.</summary>
public sealed class AudienceStatus : ResourceStatus
{
    /// <summary>Number of segments.</summary>
    public int? Segments { get; init; }

    /// <summary>Profiles read (good rows).</summary>
    public int? Profiles { get; init; }

    /// <summary>Profiles that opted in, per consent channel (wechat, email, sms).</summary>
    public IReadOnlyDictionary<string, int>? Consents { get; init; }

    /// <summary>Rows rejected as invalid (each reported with file:line or row id in the Ready condition's message and the log).</summary>
    public int? RejectedRows { get; init; }
}
