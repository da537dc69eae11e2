using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// Writes events.k8s.io/v1 Events from a background pump, so recording never blocks or fails a reconcile.
/// Repeats of the same (object, type, reason, note) are aggregated on the client, as client-go's correlator does:
/// the first creates an Event, later ones raise its <c>series.count</c> with at most one patch per
/// <see cref="SeriesInterval"/>, so a flapping object cannot flood the API server.
/// </summary>
internal sealed class KubernetesEventRecorder(
    IKubernetes client, Func<ResourceKey, Resource?> lookup, string reportingInstance, TimeProvider time, ILogger logger) : IEventRecorder
{
    public const string ReportingController = "contentops.io/operator";

    /// <summary>The shortest time between two series updates of one event.</summary>
    public static readonly TimeSpan SeriesInterval = TimeSpan.FromMinutes(1);

    // Bounded: when the API server is unreachable, the newest events are dropped rather than memory growing.
    private readonly Channel<RecordedEvent> _pending = Channel.CreateBounded<RecordedEvent>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly Dictionary<(ResourceKey, string, string, string), Series> _series = [];

    public void Record(ResourceKey involved, string type, string reason, string message, IReadOnlyDictionary<string, string>? data = null)
    {
        EventTypes.Validate(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = time.GetUtcNow();
        _pending.Writer.TryWrite(new RecordedEvent(involved, type, reason, message, data, 1, now, now));
    }

    /// <summary>Writes recorded events until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var recorded in _pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await WriteAsync(recorded, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    var key = recorded.Involved;
                    logger.EventFailed(exception, recorded.Reason, key.Kind, key.Namespace, key.Name);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: events still queued are dropped, as client-go's broadcaster does on shutdown.
        }
    }

    private async Task WriteAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        var key = recorded.Involved;
        var identity = (key, recorded.Type, recorded.Reason, recorded.Message);
        if (_series.TryGetValue(identity, out var series))
        {
            series.Count++;
            if (recorded.LastTimestamp - series.Patched < SeriesInterval)
            {
                return;
            }

            var patch = new JsonObject
            {
                ["series"] = new JsonObject { ["count"] = series.Count, ["lastObservedTime"] = MicroTime(recorded.LastTimestamp) },
            };
            await client.EventsV1.PatchNamespacedEventAsync(
                new V1Patch(patch.ToJsonString(), V1Patch.PatchType.MergePatch), series.Name, key.Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
            series.Patched = recorded.LastTimestamp;
            return;
        }

        var regarding = lookup(key);
        var name = $"{key.Name}.{recorded.FirstTimestamp.ToUnixTimeMilliseconds():x}{Random.Shared.Next(0x1000):x3}";
        await client.EventsV1.CreateNamespacedEventAsync(
            new Eventsv1Event
            {
                Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = key.Namespace },
                EventTime = recorded.FirstTimestamp.UtcDateTime,
                ReportingController = ReportingController,
                ReportingInstance = reportingInstance,
                Action = recorded.Reason,
                Reason = recorded.Reason,
                Type = recorded.Type,

                // events.k8s.io/v1 rejects notes over 1 kB.
                Note = recorded.Message.Length > 1000 ? recorded.Message[..1000] : recorded.Message,
                Regarding = new V1ObjectReference
                {
                    ApiVersion = ApiGroup.ApiVersion,
                    Kind = key.Kind,
                    NamespaceProperty = key.Namespace,
                    Name = key.Name,
                    Uid = regarding?.Metadata.Uid,
                    ResourceVersion = regarding?.Metadata.ResourceVersion,
                },
            },
            key.Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (_series.Count >= 4096)
        {
            _series.Remove(_series.MinBy(s => s.Value.Patched).Key);
        }

        _series[identity] = new Series(name) { Patched = recorded.FirstTimestamp };
    }

    private static string MicroTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private sealed class Series(string name)
    {
        public string Name { get; } = name;

        public int Count { get; set; } = 1;

        public DateTimeOffset Patched { get; set; }
    }
}
