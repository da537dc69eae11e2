using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>
/// An in-process Kubernetes API server on Kestrel (127.0.0.1, a free port) speaking the real HTTP protocol for
/// custom resources, leases, events and config maps: LIST, WATCH (JSON lines, bookmarks, timeoutSeconds), GET,
/// POST, PUT, merge PATCH, DELETE, the status subresource. <see cref="Cluster"/> holds the state and the fault hooks;
/// <see cref="Requests"/> records every request for assertions.
/// </summary>
internal sealed class FakeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeApiServer(WebApplication app, FakeCluster cluster)
    {
        (_app, Cluster) = (app, cluster);
        app.Run(HandleAsync);
    }

    public FakeCluster Cluster { get; }

    public string Url { get; private set; } = "";

    /// <summary>How often an open watch that allows bookmarks gets one; null for never.</summary>
    public TimeSpan? BookmarkInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, watches ignore timeoutSeconds and stay open until the client goes (a misbehaving proxy).</summary>
    public bool IgnoreTimeoutSeconds { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeApiServer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new FakeApiServer(builder.Build(), new FakeCluster(time ?? TimeProvider.System));
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    public void ResetRequests() => _requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(deadline.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = ApiPath.Parse(request.Path.Value ?? "");
        try
        {
            if (path is null)
            {
                throw new ApiError(404, "NotFound", "the server could not find the requested resource");
            }

            if (request.Method == "GET" && path.Name is null && request.Query["watch"] == "true")
            {
                _requests.Enqueue(new RecordedRequest(request.Method, request.Path.Value!, request.QueryString.Value ?? "", 200));
                await WatchAsync(context, path);
                return;
            }

            var body = request.Method is "POST" or "PUT" or "PATCH" ? await ReadBodyAsync(request) : null;
            var (code, result) = Execute(request, path, body);
            await RespondAsync(context, code, result);
        }
        catch (ApiError error)
        {
            await RespondAsync(context, error.Code, error.ToStatus());
        }

        _requests.Enqueue(new RecordedRequest(request.Method, request.Path.Value!, request.QueryString.Value ?? "", context.Response.StatusCode));
    }

    private (int Code, JsonObject Result) Execute(HttpRequest request, ApiPath path, JsonObject? body)
    {
        var ns = path.Namespace ?? "";
        switch (request.Method)
        {
            case "GET" when path.Name is null:
                return (200, List(request, path));
            case "GET":
                return (200, Cluster.Get(path.Collection, ns, path.Name));
            case "POST" when path.Name is null:
                return (201, Cluster.Create(path.Collection, ns, body!));
            case "PUT" when path.Name is not null:
                return (200, Cluster.Replace(path.Collection, ns, path.Name, body!, path.Status));
            case "PATCH" when path.Name is not null:
                if (request.ContentType?.StartsWith("application/merge-patch+json", StringComparison.Ordinal) != true)
                {
                    throw new ApiError(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, not {request.ContentType}");
                }

                return (200, Cluster.MergePatch(path.Collection, ns, path.Name, body!, path.Status));
            case "DELETE" when path.Name is not null:
                return (200, Cluster.Delete(path.Collection, ns, path.Name));
            default:
                throw new ApiError(405, "MethodNotAllowed", $"{request.Method} is not supported on {request.Path}");
        }
    }

    private JsonObject List(HttpRequest request, ApiPath path)
    {
        var (items, version) = Cluster.List(path.Collection, path.Namespace);
        var offset = int.TryParse(request.Query["continue"], CultureInfo.InvariantCulture, out var start) ? start : 0;
        var limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out var max) && max > 0 ? max : int.MaxValue;
        var page = items.Skip(offset).Take(limit).ToList();
        var metadata = new JsonObject { ["resourceVersion"] = version.ToString(CultureInfo.InvariantCulture) };
        if (offset + page.Count < items.Count)
        {
            metadata["continue"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return new JsonObject { ["kind"] = "List", ["apiVersion"] = "v1", ["metadata"] = metadata, ["items"] = new JsonArray([.. page]) };
    }

    private async Task WatchAsync(HttpContext context, ApiPath path)
    {
        var query = context.Request.Query;
        var timeout = int.TryParse(query["timeoutSeconds"], CultureInfo.InvariantCulture, out var seconds) && !IgnoreTimeoutSeconds
            ? TimeSpan.FromSeconds(seconds)
            : Timeout.InfiniteTimeSpan;
        var bookmarks = query["allowWatchBookmarks"] == "true" ? BookmarkInterval : null;
        var watcher = Cluster.StartWatch(path.Collection, path.Namespace, query["resourceVersion"]);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        if (watcher is null)
        {
            await context.Response.Body.FlushAsync();
            return;
        }

        using var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token, watcher.Abort.Token);
        ends.CancelAfter(timeout);
        using var aborted = watcher.Abort.Token.Register(context.Abort);
        try
        {
            await context.Response.Body.FlushAsync(ends.Token);
            var reader = watcher.Events.Reader;
            while (!ends.IsCancellationRequested)
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(ends.Token);
                tick.CancelAfter(bookmarks ?? Timeout.InfiniteTimeSpan);
                WatchEvent? next = null;
                try
                {
                    if (!await reader.WaitToReadAsync(tick.Token))
                    {
                        return;
                    }

                    reader.TryRead(out next);
                }
                catch (OperationCanceledException) when (!ends.IsCancellationRequested)
                {
                    if (watcher.Stalled)
                    {
                        continue;
                    }

                    next = Cluster.Bookmark(path.Collection);
                }

                // A stalled watch still passes the server's own ERROR (a 410 after compaction), like a cache reset does.
                if (next is not null && (!watcher.Stalled || next.Type == "ERROR"))
                {
                    await WriteEventAsync(context.Response, next, ends.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // timeoutSeconds elapsed, the client went away or the server stops: end the response.
        }
        finally
        {
            Cluster.StopWatch(watcher);
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, WatchEvent change, CancellationToken cancellationToken)
    {
        var line = new JsonObject { ["type"] = change.Type, ["object"] = change.Object.DeepClone() }.ToJsonString() + "\n";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonObject>(request.Body) ?? throw new ApiError(400, "BadRequest", "empty body");
        }
        catch (JsonException exception)
        {
            throw new ApiError(400, "BadRequest", exception.Message);
        }
    }

    private static async Task RespondAsync(HttpContext context, int code, JsonObject body)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
