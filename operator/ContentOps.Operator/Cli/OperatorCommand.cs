using System.CommandLine;
using System.Net;
using ContentOps.Operator.Cluster;
using ContentOps.Operator.Stores.Kubernetes;
using k8s;
using k8s.Exceptions;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops operator</c>: the cluster mode, reconciling custom resources while this replica leads.</summary>
internal static class OperatorCommand
{
    public static Command Create()
    {
        var watchNamespace = new Option<string[]>("--namespace")
        {
            Description = "Namespace to watch; repeat it (or separate with commas) for several. Default: all namespaces.",
        };
        var artifacts = new Option<string>("--artifacts")
        {
            Description = "Artifacts volume (PVC): renditions, reports and the publication outbox (state/state.db).",
            DefaultValueFactory = _ => "/var/lib/contentops",
        };
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "Kubeconfig file; default: in-cluster service account, else ~/.kube/config." };
        var leaseNamespace = new Option<string>("--lease-namespace")
        {
            Description = "Namespace of the leader Lease; default: $POD_NAMESPACE, else default.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POD_NAMESPACE") ?? "default",
        };
        var identity = new Option<string>("--identity")
        {
            Description = "This replica's name in the Lease and in events; default: $POD_NAME, else the host name.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POD_NAME") ?? Environment.MachineName,
        };
        var port = new Option<int>("--health-port", "--api-port")
        {
            Description = "Port of the API: /healthz, /readyz, /metrics, POST /v1/events, suggestions and feedback, one-click unsubscribe, SMS receipts.",
            DefaultValueFactory = _ => 8080,
        };
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Also serve /metrics on this port (the chart's metrics Service); default: the health port only." };
        var leaderElect = new Option<bool>("--leader-elect") { Description = "Reconcile only while holding the leader Lease (always on; kept for the chart and kube conventions).", DefaultValueFactory = _ => true };
        var leaseName = new Option<string>("--lease-name") { Description = "Name of the leader Lease.", DefaultValueFactory = _ => "contentops-leader" };
        var llmEndpoint = new Option<string?>("--llm-endpoint") { Description = "OpenAI-compatible base URL (vLLM, Ollama) for pieces with generation.provider: openai." };
        var llmModel = new Option<string?>("--llm-model") { Description = "Model name at that endpoint." };
        var workers = new Option<int>("--workers") { Description = "Concurrent reconciles.", DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount) };
        var objectivesRefresh = new Option<int>("--objectives-refresh") { Description = "Seconds between re-measurements of every Campaign's objectives from the engagement events (events arrive without any resource changing); 0 turns it off.", DefaultValueFactory = _ => 300 };
        var command = new Command("operator", """
            Run the operator in a cluster: watch ContentOps custom resources, reconcile them with the same
            reconcilers as 'contentops run' while this replica holds the leader Lease, write status, events and
            finalizers, and serve the API (/healthz, /readyz, /metrics, /v1/...) on --health-port. Stops gracefully on SIGTERM.

            Example:
              contentops operator --namespace diabetes --artifacts /var/lib/contentops
            """)
        {
            watchNamespace, artifacts, kubeconfig, leaseNamespace, identity, port, workers, metricsPort, leaderElect, leaseName, llmEndpoint, llmModel, objectivesRefresh,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (ClientConfiguration(parseResult.GetValue(kubeconfig), parseResult.InvocationConfiguration.Error) is not { } config)
            {
                return CliRunner.Failure;
            }

            using var logs = LoggerFactory.Create(builder => builder.AddSimpleConsole(o => o.SingleLine = true));
            using var client = new Kubernetes(config);
            var options = new ClusterOptions
            {
                ArtifactsPath = Path.GetFullPath(parseResult.GetValue(artifacts)!),
                Identity = parseResult.GetValue(identity)!,
                Workers = parseResult.GetValue(workers),
                ObjectivesRefresh = parseResult.GetValue(objectivesRefresh) > 0 ? TimeSpan.FromSeconds(parseResult.GetValue(objectivesRefresh)) : null,
                Store = new KubernetesStoreOptions { Namespaces = WatchedNamespaces(parseResult.GetValue(watchNamespace)) },
                ChatClients = LlmClients.Create(parseResult.GetValue(llmEndpoint), parseResult.GetValue(llmModel)),
                StateDatabase = Environment.GetEnvironmentVariable("CONTENTOPS_STATE_DATABASE"),
            };
            using var host = new OperatorHost(client, options, new LeaseOptions { Namespace = parseResult.GetValue(leaseNamespace)!, Name = parseResult.GetValue(leaseName)! }, TimeProvider.System, logs);
            var logger = logs.CreateLogger("contentops.operator");
            await using var api = host.CreateApiServer();
            await api.StartAsync(IPAddress.Any, parseResult.GetValue(port), cancellationToken);
            logger.Serving(api.Port);
            await using var metrics = host.CreateApiServer();
            if (parseResult.GetValue(metricsPort) is { } metricsOn && metricsOn != parseResult.GetValue(port))
            {
                await metrics.StartAsync(IPAddress.Any, metricsOn, cancellationToken);
            }
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // SIGTERM: a graceful stop.
            }

            return CliRunner.Success;
        });
        return command;
    }

    /// <summary>
    /// The in-cluster service account when running in a pod without --kubeconfig, else the kubeconfig; null (with the
    /// reason and the fix on <paramref name="error"/>) when neither can be read, instead of a stack trace.
    /// </summary>
    private static KubernetesClientConfiguration? ClientConfiguration(string? path, TextWriter error)
    {
        try
        {
            return path is null && KubernetesClientConfiguration.IsInCluster()
                ? KubernetesClientConfiguration.InClusterConfig()
                : KubernetesClientConfiguration.BuildConfigFromConfigFile(path);
        }
        catch (KubeConfigException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine("Pass --kubeconfig FILE (or set KUBECONFIG) with a context for the cluster, or run the operator in a pod with a service account.");
            return null;
        }
    }

    /// <summary>--namespace a --namespace b, or --namespace a,b (as a Helm value list often arrives).</summary>
    private static string[] WatchedNamespaces(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
