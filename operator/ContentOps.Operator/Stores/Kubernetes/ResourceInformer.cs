using System.Runtime.ExceptionServices;
using System.Text.Json;
using ContentOps.Core.Api;
using k8s;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// Keeps an <see cref="InformerCache"/> of one kind in step with the API server: a paged LIST, then WATCH from the
/// list's resourceVersion, resuming from the last resourceVersion seen (bookmarks included) after every end of a
/// watch, and relisting only when the server says that version is gone (410). Built on the non-obsolete generated
/// watch method with an <c>onError</c> that rethrows, because the client otherwise swallows ERROR events (a 410
/// would be lost and the informer would loop on a dead version).
/// </summary>
internal sealed class ResourceInformer(
    KindEndpoint endpoint, IKubernetes client, string? watchNamespace, InformerOptions options, TimeProvider time, ILogger logger, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _resourceVersion;

    public KindEndpoint Endpoint => endpoint;

    /// <summary>The namespace this informer lists and watches; null for all namespaces.</summary>
    public string? WatchNamespace => watchNamespace;

    public InformerCache Cache { get; } = new(endpoint.Kind);

    /// <summary>Raised on the informer's loop for every cache change; handlers must be quick (enqueue, no I/O).</summary>
    public event Action<ResourceChange>? Changed;

    /// <summary>True once the first LIST has filled the cache.</summary>
    public bool HasSynced => _synced.Task.IsCompleted;

    /// <summary>The last resourceVersion seen, from a list, an event or a bookmark.</summary>
    public string? ResourceVersion => _resourceVersion;

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => _synced.Task.WaitAsync(cancellationToken);

    /// <summary>Lists and watches until cancelled; never ends on an error.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new WatchBackoff(options, _random);

        // The try is inside the loop: one failed watch must never end the informer (KubeOps #763, OPERATOR-NOTES §3 row 3).
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            try
            {
                if (_resourceVersion is null)
                {
                    await ListAsync(cancellationToken).ConfigureAwait(false);
                    backoff.Reset();
                }

                await WatchAsync(cancellationToken).ConfigureAwait(false);
                if (time.GetElapsedTime(started) >= options.MinHealthyWatch)
                {
                    backoff.Reset();
                    logger.WatchEnded(endpoint.Kind, (long)time.GetElapsedTime(started).TotalMilliseconds, _resourceVersion);
                    continue;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                switch (WatchFailures.Classify(exception))
                {
                    case WatchFailure.Expired:
                        logger.WatchExpired(endpoint.Kind, _resourceVersion);
                        _resourceVersion = null;
                        continue;
                    case WatchFailure.EmptyClose when time.GetElapsedTime(started) >= options.MinHealthyWatch:
                        // The server ended an idle watch (no event to peek at): a normal close, resume at once.
                        backoff.Reset();
                        continue;
                    default:
                        var delay = backoff.Next();
                        logger.WatchFailed(exception, endpoint.Kind, delay);
                        await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
                        continue;
                }
            }

            // A clean but suspiciously short watch: treat it like a failure so it cannot spin.
            await DelayAsync(backoff.Next(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var items = new List<Resource>();
        string? continueToken = null;
        string? listVersion;
        do
        {
            var page = watchNamespace is null
                ? await client.CustomObjects.ListCustomObjectForAllNamespacesAsync<JsonElement>(
                    endpoint.Group, endpoint.Version, endpoint.Plural, continueParameter: continueToken, limit: options.PageSize,
                    cancellationToken: cancellationToken).ConfigureAwait(false)
                : await client.CustomObjects.ListNamespacedCustomObjectAsync<JsonElement>(
                    endpoint.Group, endpoint.Version, watchNamespace, endpoint.Plural, continueParameter: continueToken, limit: options.PageSize,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            var metadata = page.GetProperty("metadata");
            listVersion = metadata.TryGetProperty("resourceVersion", out var version) ? version.GetString() : null;
            continueToken = metadata.TryGetProperty("continue", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                if (Decode(item) is { } resource)
                {
                    items.Add(resource);
                }
            }
        }
        while (!string.IsNullOrEmpty(continueToken));

        foreach (var change in Cache.Replace(items))
        {
            Changed?.Invoke(change);
        }

        _resourceVersion = listVersion;
        logger.Listed(endpoint.Kind, items.Count, listVersion);
        _synced.TrySetResult();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var timeout = options.MinWatchTimeout + ((options.MaxWatchTimeout - options.MinWatchTimeout) * _random.NextDouble());
        var timeoutSeconds = (int)Math.Max(1, Math.Round(timeout.TotalSeconds));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds) + options.WatchDeadlineGrace);
        var events = watchNamespace is null
            ? client.CustomObjects.WatchListCustomObjectForAllNamespacesAsync(
                endpoint.Group, endpoint.Version, endpoint.Plural, allowWatchBookmarks: true, resourceVersion: _resourceVersion,
                timeoutSeconds: timeoutSeconds, onError: Rethrow, cancellationToken: deadline.Token)
            : client.CustomObjects.WatchListNamespacedCustomObjectAsync(
                endpoint.Group, endpoint.Version, watchNamespace, endpoint.Plural, allowWatchBookmarks: true, resourceVersion: _resourceVersion,
                timeoutSeconds: timeoutSeconds, onError: Rethrow, cancellationToken: deadline.Token);
        try
        {
            await foreach (var (type, item) in events.ConfigureAwait(false))
            {
                if (item is JsonElement element)
                {
                    Apply(type, element);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own deadline: the server did not honour timeoutSeconds. A normal end; resume from the last version.
        }
    }

    private void Apply(WatchEventType type, JsonElement element)
    {
        if (type == WatchEventType.Error)
        {
            // Normally routed to onError; kept so a client change cannot make a 410 pass silently.
            var code = element.TryGetProperty("code", out var c) && c.TryGetInt32(out var value) ? value : 0;
            throw new k8s.KubernetesException(new k8s.Models.V1Status { Code = code, Message = element.ToString() });
        }

        var version = ResourceJson.ResourceVersionOf(element);
        if (type != WatchEventType.Bookmark && Decode(element) is { } resource)
        {
            var change = type == WatchEventType.Deleted
                ? Cache.Remove(resource.Metadata.EffectiveNamespace, resource.Metadata.Name)
                : Cache.Put(resource);
            if (change is not null)
            {
                Changed?.Invoke(change);
            }
        }

        // After applying: a version is recorded only once what it stands for is in the cache.
        _resourceVersion = version ?? _resourceVersion;
    }

    private Resource? Decode(JsonElement element)
    {
        try
        {
            return ResourceJson.ToResource(element, endpoint);
        }
        catch (JsonException exception)
        {
            // One object that does not match the schema (an old CRD version, a hand edit) must not stop the kind.
            var metadata = element.TryGetProperty("metadata", out var m) ? m : default;
            logger.Undecodable(exception, endpoint.Kind, Text(metadata, "namespace"), Text(metadata, "name"));
            return null;
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping; the loop condition ends the run.
        }
    }

    private static void Rethrow(Exception exception) => ExceptionDispatchInfo.Throw(exception);

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
