namespace ContentOps.Core.Analytics.Kpis;

/// <summary>The KPIs a campaign objective may name (<c>spec.objectives[].kpi</c>) and how each is judged.</summary>
public static class KpiNames
{
    /// <summary>Distinct doctors with a delivered event: a count of doctors, not of deliveries.</summary>
    public const string Reach = "reach";

    /// <summary>Doctors who opened ÷ doctors reached (distinct doctors, so repeated opens count once).</summary>
    public const string OpenRate = "openRate";

    /// <summary>Doctors who clicked ÷ doctors reached.</summary>
    public const string ClickRate = "clickRate";

    /// <summary>Mean read-through of read events (share of the content read): per read, not per doctor.</summary>
    public const string ReadCompletion = "readCompletion";

    /// <summary>Distinct doctors with a registered event (webinar and event sign-ups): a count of doctors.</summary>
    public const string WebinarRegistrations = "webinarRegistrations";

    /// <summary>Rep-feedback events: a count of follow-ups (a doctor visited twice counts twice).</summary>
    public const string RepFollowUps = "repFollowUps";

    /// <summary>Median days from brief (first declared) to first publication: lower is better.</summary>
    public const string CycleTimeDays = "cycleTimeDays";

    public static IReadOnlyList<string> All { get; } = [Reach, OpenRate, ClickRate, ReadCompletion, WebinarRegistrations, RepFollowUps, CycleTimeDays];

    /// <summary>Counts accumulate over the campaign, so they are judged against the share of the target due by now.</summary>
    public static bool IsCount(string kpi) => kpi is Reach or WebinarRegistrations or RepFollowUps;

    public static bool IsRate(string kpi) => kpi is OpenRate or ClickRate or ReadCompletion;

    /// <summary>A manager's label, e.g. "open rate".</summary>
    public static string Label(string kpi) => kpi switch
    {
        Reach => "reach (doctors)",
        OpenRate => "open rate (doctors)",
        ClickRate => "click rate (doctors)",
        ReadCompletion => "read completion",
        WebinarRegistrations => "webinar registrations (doctors)",
        RepFollowUps => "rep follow-ups",
        CycleTimeDays => "cycle time (days)",
        _ => kpi,
    };
}
