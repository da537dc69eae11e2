using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// The cluster <see cref="IResourceStore"/>: reads from one informer cache per kind (per kind and namespace when
/// it watches a list of namespaces), writes to the API server.
/// Status goes to the status subresource as a merge patch computed against the cached status (so unchanged status
/// is never sent, and a changed conditions list is sent whole); finalizers go as a merge patch carrying
/// metadata.resourceVersion, an optimistic lock. Every write's response is put into the cache at once, so the next
/// reconcile reads its own write even before the watch delivers it.
/// </summary>
internal sealed class KubernetesResourceStore : IResourceStore
{
    private readonly IKubernetes _client;
    private readonly KubernetesStoreOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, ResourceInformer[]> _informers;
    private readonly ResourceInformer[] _allInformers;

    // Transport timing (reconnect backoff, conflict pauses) is wall-clock on purpose: a fake business clock in tests,
    // or a paused one, must never stall reconnects.
    public KubernetesResourceStore(IKubernetes client, KubernetesStoreOptions options, ILogger<KubernetesResourceStore> logger)
    {
        (_client, _options, _logger) = (client, options, logger);
        string?[] scopes = options.Namespaces.Count == 0 ? [null] : [.. options.Namespaces.Distinct(StringComparer.Ordinal)];
        _informers = KindEndpoint.All.ToDictionary(
            e => e.Kind,
            e => scopes.Select(ns => new ResourceInformer(e, client, ns, options.Informer, TimeProvider.System, logger)).ToArray(),
            StringComparer.Ordinal);
        _allInformers = [.. _informers.Values.SelectMany(i => i)];
        foreach (var informer in _allInformers)
        {
            informer.Changed += change => Changed?.Invoke(change);
        }
    }

    /// <summary>Every cache change of every kind, raised on the informers' loops.</summary>
    public event Action<ResourceChange>? Changed;

    public IReadOnlyCollection<ResourceInformer> Informers => _allInformers;

    /// <summary>True once every kind has been listed: only then is an absent object really absent.</summary>
    public bool HasSynced => Informers.All(i => i.HasSynced);

    /// <summary>Runs every informer until cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Informers.Select(i => Task.Run(() => i.RunAsync(cancellationToken), CancellationToken.None)));

    public Task WaitForSyncAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Informers.Select(i => i.WaitForSyncAsync(cancellationToken)));

    /// <summary>An object of a namespace this store does not watch is absent, as it would be from a cache of it.</summary>
    public Resource? Get(ResourceKey key) => WatchedInformer(key.Kind, key.Namespace)?.Cache.Get(key.Namespace, key.Name);

    public IReadOnlyList<Resource> List(string kind, string? ns = null)
    {
        if (ns is not null)
        {
            return WatchedInformer(kind, ns)?.Cache.List(ns) ?? [];
        }

        var informers = InformersOf(kind);
        return informers.Length == 1 ? informers[0].Cache.List(null) : [.. informers.SelectMany(i => i.Cache.List(null))];
    }

    public async Task<bool> UpdateStatusAsync(ResourceKey key, ResourceStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var informer = Informer(key.Kind, key.Namespace);
        var endpoint = informer.Endpoint;
        if (!endpoint.Shape.StatusType.IsInstanceOfType(status))
        {
            throw new ArgumentException($"{key} takes a {endpoint.Shape.StatusType.Name}, not a {status.GetType().Name}.", nameof(status));
        }

        var wanted = (JsonObject)ResourceJson.StatusNode(status, endpoint)!;
        var current = informer.Cache.Get(key.Namespace, key.Name);
        for (var attempt = 1; ; attempt++)
        {
            if (current is null)
            {
                return false;
            }

            var stored = ResourceJson.StatusNode(endpoint.Shape.Status(current), endpoint) as JsonObject;
            var diff = MergePatchDiff.Create(stored, wanted);
            if (diff.Count == 0)
            {
                return false;
            }

            try
            {
                var patch = new V1Patch(new JsonObject { ["status"] = diff }.ToJsonString(), V1Patch.PatchType.MergePatch);
                var written = await _client.CustomObjects.PatchNamespacedCustomObjectStatusAsync<JsonElement>(
                    patch, endpoint.Group, endpoint.Version, key.Namespace, endpoint.Plural, key.Name,
                    fieldManager: _options.FieldManager, cancellationToken: cancellationToken).ConfigureAwait(false);
                Report(informer.Cache.Put(ResourceJson.ToResource(written, endpoint)));
                return true;
            }
            catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
            {
                // Finalized and gone: a status write after finalization is expected and harmless.
                return false;
            }
            catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.Conflict && attempt < _options.WriteAttempts)
            {
                // API conventions §Concurrency: read the object again and apply the change afresh.
                _logger.StatusConflict(key.Kind, key.Namespace, key.Name, attempt);
                await PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                current = await ReadAsync(endpoint, key, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task AddFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken) =>
        UpdateFinalizersAsync(key, cancellationToken, resource =>
        {
            var finalizers = resource.Metadata.Finalizers ?? [];
            if (finalizers.Contains(finalizer, StringComparer.Ordinal))
            {
                return null;
            }

            // As on the server's side of the contract: once deletion is requested, finalizers may only go.
            return resource.Metadata.DeletionTimestamp is null
                ? [.. finalizers, finalizer]
                : throw new InvalidOperationException($"{key} is being deleted; finalizer '{finalizer}' cannot be added.");
        }, missing: () => throw new KeyNotFoundException($"{key} does not exist."));

    public Task RemoveFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken) =>
        UpdateFinalizersAsync(key, cancellationToken, resource =>
        {
            var finalizers = resource.Metadata.Finalizers ?? [];
            return finalizers.Contains(finalizer, StringComparer.Ordinal)
                ? [.. finalizers.Where(f => !string.Equals(f, finalizer, StringComparison.Ordinal))]
                : null;
        }, missing: () => { });

    /// <summary>
    /// Writes the finalizer list <paramref name="change"/> computes (null: nothing to do) with the object's
    /// resourceVersion as a precondition; on 409 reads the object again and recomputes.
    /// </summary>
    private async Task UpdateFinalizersAsync(ResourceKey key, CancellationToken cancellationToken, Func<Resource, IReadOnlyList<string>?> change, Action missing)
    {
        var informer = Informer(key.Kind, key.Namespace);
        var endpoint = informer.Endpoint;
        var current = informer.Cache.Get(key.Namespace, key.Name);
        for (var attempt = 1; ; attempt++)
        {
            if (current is null)
            {
                missing();
                return;
            }

            if (change(current) is not { } finalizers)
            {
                return;
            }

            var patch = new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["finalizers"] = new JsonArray([.. finalizers.Select(f => (JsonNode)JsonValue.Create(f))]),
                    ["resourceVersion"] = current.Metadata.ResourceVersion,
                },
            };
            try
            {
                var written = await _client.CustomObjects.PatchNamespacedCustomObjectAsync<JsonElement>(
                    new V1Patch(patch.ToJsonString(), V1Patch.PatchType.MergePatch), endpoint.Group, endpoint.Version, key.Namespace,
                    endpoint.Plural, key.Name, fieldManager: _options.FieldManager, cancellationToken: cancellationToken).ConfigureAwait(false);
                var resource = ResourceJson.ToResource(written, endpoint);
                if (resource.Metadata.DeletionTimestamp is not null && finalizers.Count == 0)
                {
                    // The server removed the object with its last finalizer; forget it now, the DELETED event finds nothing.
                    informer.Cache.Remove(key.Namespace, key.Name);
                }
                else
                {
                    Report(informer.Cache.Put(resource));
                }

                return;
            }
            catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
            {
                current = null;
            }
            catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.Conflict && attempt < _options.WriteAttempts)
            {
                _logger.StatusConflict(key.Kind, key.Namespace, key.Name, attempt);
                await PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                current = await ReadAsync(endpoint, key, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<Resource?> ReadAsync(KindEndpoint endpoint, ResourceKey key, CancellationToken cancellationToken)
    {
        try
        {
            var fresh = await _client.CustomObjects.GetNamespacedCustomObjectAsync<JsonElement>(
                endpoint.Group, endpoint.Version, key.Namespace, endpoint.Plural, key.Name, cancellationToken).ConfigureAwait(false);
            var resource = ResourceJson.ToResource(fresh, endpoint);
            Report(Informer(key.Kind, key.Namespace).Cache.Put(resource));
            return resource;
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>A short, growing, jittered pause between conflicting writes, so competing writers fall out of step.</summary>
    private Task PauseAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);

    /// <summary>
    /// A write response or re-read may carry someone else's spec change before the watch does; the watch then
    /// finds the version cached and reports nothing, so the change is reported from here.
    /// </summary>
    private void Report(ResourceChange? change)
    {
        if (change is not null)
        {
            Changed?.Invoke(change);
        }
    }

    private ResourceInformer[] InformersOf(string kind) =>
        _informers.TryGetValue(kind, out var informers) ? informers : throw new ArgumentException($"Unknown kind '{kind}'.", nameof(kind));

    /// <summary>The informer whose cache holds <paramref name="ns"/> (the all-namespaces one, or that namespace's), or null.</summary>
    private ResourceInformer? WatchedInformer(string kind, string ns) =>
        Array.Find(InformersOf(kind), i => i.WatchNamespace is null || string.Equals(i.WatchNamespace, ns, StringComparison.Ordinal));

    private ResourceInformer Informer(string kind, string ns) =>
        WatchedInformer(kind, ns) ?? throw new InvalidOperationException($"{kind} {ns}: namespace {ns} is not watched by this operator (--namespace).");
}
