using System.Net;
using k8s.Autorest;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>Classifies list/watch exceptions (see OPERATOR-NOTES §2.1 and §3 rows 2 and 4).</summary>
internal static class WatchFailures
{
    public static WatchFailure Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case k8s.KubernetesException { Status.Code: 410 }:
                case HttpOperationException { Response.StatusCode: HttpStatusCode.Gone }:
                    return WatchFailure.Expired;
                case EndOfStreamException:
                    return WatchFailure.EmptyClose;
            }
        }

        return exception is HttpRequestException && exception.Message.Contains("Error while copying content", StringComparison.Ordinal)
            ? WatchFailure.EmptyClose
            : WatchFailure.Other;
    }
}
