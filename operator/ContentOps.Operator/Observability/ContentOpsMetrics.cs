using Prometheus;

namespace ContentOps.Operator.Observability;

/// <summary>
/// Every metric ContentOps exports. Names and labels are API (dashboards query them): the contentops_ prefix,
/// units in names. Each instance has its own registry so runs and tests never share counters.
/// </summary>
internal sealed class ContentOpsMetrics
{
    public ContentOpsMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        Reconciles = factory.CreateCounter("contentops_reconcile_total", "Reconcile passes by kind and result (done, wait, stall, error).", "kind", "result");
        ReconcileDuration = factory.CreateHistogram("contentops_reconcile_duration_seconds", "Duration of reconcile passes.",
            new HistogramConfiguration { LabelNames = ["kind"], Buckets = Histogram.ExponentialBuckets(0.0005, 4, 9) });
        Generations = factory.CreateCounter("contentops_generations_total", "Renditions generated, by format and provider.", "format", "provider");
        GenerationTokens = factory.CreateCounter("contentops_generation_tokens_total", "Tokens model providers used for generation, by provider and direction (input, output).", "provider", "direction");
        Reviews = factory.CreateCounter("contentops_reviews_total", "Automated reviews of a piece's content, by result (passed, blocked).", "result");
        Findings = factory.CreateCounter("contentops_review_findings_total", "Review findings by rule and severity.", "rule", "severity");
        LearnedDetectorBuilds = factory.CreateCounter("contentops_learned_detector_builds_total",
            "Learned detectors built for a review (the policy's examples read; trained unless this process trained the same examples before), by policy.", "policy");
        Publications = factory.CreateCounter("contentops_publications_total", "Publications accepted by a channel, by channel and channel type.", "channel", "channel_type");
        Withdrawals = factory.CreateCounter("contentops_withdrawals_total", "Publications withdrawn, by channel and reason.", "channel", "reason");
        PublishErrors = factory.CreateCounter("contentops_publish_errors_total", "Channel failures, by channel.", "channel");
        Pieces = factory.CreateGauge("contentops_pieces", "Content pieces by campaign and phase.", "campaign", "phase");
        CycleTime = factory.CreateHistogram("contentops_brief_to_publish_seconds", "Time from a piece's creation (the brief) to its first publication.",
            new HistogramConfiguration { LabelNames = ["campaign"], Buckets = [3600, 6 * 3600, 86400, 3 * 86400, 7 * 86400, 14 * 86400, 30 * 86400, 60 * 86400] });
        StatusWrites = factory.CreateCounter("contentops_status_writes_total", "Status writes to the store, by kind.", "kind");
        HcpSends = factory.CreateCounter("contentops_hcp_sends_total",
            "Per-HCP sends by channel and outcome (sent, failed: refused for good, waiting: rate-limited or the channel failing).", "channel", "outcome");
        HcpSendWithdrawals = factory.CreateCounter("contentops_hcp_send_withdrawals_total",
            "Per-HCP sends stopped or taken back, by channel and result (cancelled, retracted, corrected, not_retractable).", "channel", "result");
        EngagementEvents = factory.CreateCounter("contentops_engagement_events_total",
            "Engagement events stored (the event store's totals), by campaign, channel, segment, region, rep team and type.", "campaign", "channel", "segment", "region", "team", "type");
        EngagementDoctors = factory.CreateGauge("contentops_engagement_doctors",
            "Distinct doctors who did each event type at least once (a doctor opening five times counts once), by campaign, channel, segment, region, rep team and type; summed over channels a doctor counts once per channel.", "campaign", "channel", "segment", "region", "team", "type");
        Comments = factory.CreateCounter("contentops_comments_total", "Comments stored, by campaign, channel and sentiment (positive, neutral, negative).", "campaign", "channel", "sentiment");
        AdverseEventFlags = factory.CreateGauge("contentops_adverse_event_flags", "Comments flagged as suspected adverse reactions, by campaign and serious (true, false).", "campaign", "serious");
        ObjectiveTarget = factory.CreateGauge("contentops_objective_target", "Each campaign objective's target (a rate 0-1, a count or days), by campaign, kpi and channel (\"\" = all).", "campaign", "kpi", "channel");
        ObjectiveActual = factory.CreateGauge("contentops_objective_actual", "Each campaign objective's actual value from the stored events, by campaign, kpi and channel.", "campaign", "kpi", "channel");
        ObjectiveOnTrack = factory.CreateGauge("contentops_objective_on_track", "1 when the objective is on track, 0 when off track (absent while not judged), by campaign, kpi and channel.", "campaign", "kpi", "channel");
        EngagementRatePredicted = factory.CreateGauge("contentops_engagement_rate_predicted",
            "Engagement per delivery the segment x channel baseline predicted for the later half of the deliveries, by campaign, channel and segment.", "campaign", "channel", "segment");
        EngagementRateActual = factory.CreateGauge("contentops_engagement_rate_actual",
            "Engagement per delivery measured over the later half of the deliveries, by campaign, channel and segment.", "campaign", "channel", "segment");
        DegradedChannels = factory.CreateGauge("contentops_channel_degraded", "1 while a channel is degraded (endpoint down, rate-limited, failing), by channel and reason.", "channel", "reason");
    }

    public CollectorRegistry Registry { get; }

    public Counter Reconciles { get; }

    public Histogram ReconcileDuration { get; }

    public Counter Generations { get; }

    public Counter GenerationTokens { get; }

    public Counter Reviews { get; }

    public Counter Findings { get; }

    /// <summary>Learned detectors built when a review first compiled a policy declaring spec.learnedDetector.</summary>
    public Counter LearnedDetectorBuilds { get; }

    public Counter Publications { get; }

    public Counter Withdrawals { get; }

    public Counter PublishErrors { get; }

    public Gauge Pieces { get; }

    public Histogram CycleTime { get; }

    public Counter StatusWrites { get; }

    public Counter HcpSends { get; }

    public Counter HcpSendWithdrawals { get; }

    public Gauge DegradedChannels { get; }

    public Counter EngagementEvents { get; }

    /// <summary>Distinct doctors per type: what the doctor KPIs and the dashboards' open and click rates divide.</summary>
    public Gauge EngagementDoctors { get; }

    public Counter Comments { get; }

    public Gauge AdverseEventFlags { get; }

    public Gauge ObjectiveTarget { get; }

    public Gauge ObjectiveActual { get; }

    public Gauge ObjectiveOnTrack { get; }

    public Gauge EngagementRatePredicted { get; }

    public Gauge EngagementRateActual { get; }
}
