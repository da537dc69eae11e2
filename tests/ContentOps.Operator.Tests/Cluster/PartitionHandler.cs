namespace ContentOps.Operator.Tests.Cluster;

/// <summary>Cuts one replica off the API server while set: every request fails as a broken network would.</summary>
internal sealed class PartitionHandler : DelegatingHandler
{
    public volatile bool Partitioned;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Partitioned
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("Network partition (test)."))
            : base.SendAsync(request, cancellationToken);
}
