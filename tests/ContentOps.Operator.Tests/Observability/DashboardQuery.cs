namespace ContentOps.Operator.Tests.Observability;

/// <summary>One PromQL expression of a dashboard panel, with Grafana's variables replaced by their "All" values.</summary>
internal sealed record DashboardQuery(string Dashboard, string Panel, string RefId, string Expression)
{
    public override string ToString() => $"{Dashboard} / {Panel} / {RefId}: {Expression}";
}
