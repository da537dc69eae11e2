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
        DegradedChannels = factory.CreateGauge("contentops_channel_degraded", "1 while a channel is degraded (endpoint down, rate-limited, failing), by channel and reason.", "channel", "reason");
    }

    public CollectorRegistry Registry { get; }

    public Counter Reconciles { get; }

    public Histogram ReconcileDuration { get; }

    public Counter Generations { get; }

    public Counter GenerationTokens { get; }

    public Counter Reviews { get; }

    public Counter Findings { get; }

    public Counter Publications { get; }

    public Counter Withdrawals { get; }

    public Counter PublishErrors { get; }

    public Gauge Pieces { get; }

    public Histogram CycleTime { get; }

    public Counter StatusWrites { get; }

    public Counter HcpSends { get; }

    public Counter HcpSendWithdrawals { get; }

    public Gauge DegradedChannels { get; }
}
