using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ContentOps.Benchmarks.EmbeddedRun;
using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Cluster;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentOps.Benchmarks.ClusterRun;

/// <summary>
/// <c>cluster-1k</c> (issue 5): the generated repository created on the in-process fake API server through the real
/// client, then one operator replica (leader election on) reconciling it. Measures the time until every piece
/// settles, the requests it took (per piece, split by what they wrote), and the writes in a steady state afterwards.
/// </summary>
internal static class ClusterThousandBenchmark
{
    public const int DefaultPieces = 1_000;
    public const int DefaultSteadySeconds = 60;
    public const int WritesPerPieceTarget = 4;

    private const string PieceCollection = "contentpieces";
    private static readonly TimeSpan _convergeTimeout = TimeSpan.FromMinutes(15);
    private static readonly HashSet<string> _settledPhases = new(StringComparer.Ordinal)
    {
        ContentPiecePhase.Published, ContentPiecePhase.AwaitingApproval, ContentPiecePhase.ReviewFailed, ContentPiecePhase.Scheduled,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var (options, steady) = Parse(args);
        var work = options.WorkFolder();
        var repository = Path.Combine(work, "repository");
        BenchmarkRepository.Write(repository, BenchmarkPaths.Examples(), options.Pieces, options.Channels);
        var declarations = new DeclarationLoader().Load(repository);
        if (declarations.HasErrors)
        {
            throw new InvalidOperationException($"the generated repository is invalid: {declarations.Diagnostics.First()}");
        }

        IReadOnlyList<Resource> declared = [.. declarations.Resources.Select(d => d.Resource)];
        var ns = BenchmarkRepository.Namespace;
        var canPublish = declared.OfType<ContentPiece>()
            .Where(p => p.Metadata.Labels?.GetValueOrDefault("contentops.io/review-track") != "mlr")
            .Select(p => p.Metadata.Name)
            .ToHashSet(StringComparer.Ordinal);
        Console.WriteLine($"{options.Pieces:N0} pieces × {options.Channels} channels ({declared.Count:N0} resources, {canPublish.Count:N0} need no approval); "
            + $"{Environment.ProcessorCount} CPUs, load {BenchmarkPaths.LoadAverage()}");

        await using var server = await FakeApiServer.StartAsync();
        using var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        var created = Stopwatch.StartNew();
        await Parallel.ForEachAsync(declared, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (resource, ct) =>
        {
            var endpoint = KindEndpoint.All.Single(e => e.Kind == resource.Kind);
            await client.CustomObjects.CreateNamespacedCustomObjectAsync(
                FakeObjects.From(resource), endpoint.Group, endpoint.Version, resource.Metadata.Namespace ?? ns, endpoint.Plural, cancellationToken: ct);
        });
        Console.WriteLine($"created {declared.Count:N0} resources through the client in {created.Elapsed.TotalSeconds:0.0} s");
        server.ResetRequests();

        using var stop = new CancellationTokenSource();
        using var host = new OperatorHost(
            client,
            new ClusterOptions { ArtifactsPath = Path.Combine(work, "artifacts"), Identity = "bench-replica", Store = new KubernetesStoreOptions { Namespaces = [ns] } },
            new LeaseOptions { Namespace = ns },
            TimeProvider.System,
            NullLoggerFactory.Instance);
        var clock = Stopwatch.StartNew();
        var running = Task.Run(() => host.RunAsync(stop.Token));

        TimeSpan? leading = null;
        TimeSpan? converged = null;
        Dictionary<string, string?> phases = [];
        while (clock.Elapsed < _convergeTimeout && !running.IsCompleted)
        {
            leading ??= host.Leadership.IsLeader ? clock.Elapsed : null;
            phases = Phases(server, ns);
            if (phases.Count == options.Pieces && phases.Values.All(p => p is not null && _settledPhases.Contains(p)))
            {
                converged = clock.Elapsed;
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        // Writes that trail the last phase change (events, summaries) belong to converging: wait for 2 s without one.
        var quiet = await QuietAsync(server);
        var converging = server.Requests;
        var events = EventsByPiece(server, ns);
        server.ResetRequests();
        Console.WriteLine(converged is null
            ? $"did not converge in {_convergeTimeout.TotalMinutes} min: {Summary(phases)}"
            : $"converged in {converged.Value.TotalSeconds:0.0} s ({Summary(phases)}); quiet after {quiet.TotalSeconds:0.0} s more; measuring {steady} s of steady state…");
        await Task.Delay(TimeSpan.FromSeconds(steady));
        var steadyRequests = server.Requests;

        await stop.CancelAsync();
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            // The controller reports its cancellation; that is the normal end.
        }

        var report = Report(options.Pieces, canPublish, phases, leading, converged, converging, events, steadyRequests, steady);
        if (options.Keep is null)
        {
            Directory.Delete(work, recursive: true);
        }

        return report ? 0 : 1;
    }

    private static bool Report(
        int pieces,
        HashSet<string> canPublish,
        Dictionary<string, string?> phases,
        TimeSpan? leading,
        TimeSpan? converged,
        IReadOnlyList<RecordedRequest> converging,
        Dictionary<string, PieceEvents> events,
        IReadOnlyList<RecordedRequest> steadyRequests,
        int steady)
    {
        var writes = converging.Where(r => r.IsWrite).ToList();
        var byCategory = writes.GroupBy(Category).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var eventPatchesByName = writes.Where(r => r.Method == "PATCH" && Category(r) == "events")
            .GroupBy(r => r.Path[(r.Path.LastIndexOf('/') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var objectWrites = writes.Select(r => (Piece: PieceOf(r.Path), Request: r)).Where(w => w.Piece is not null)
            .GroupBy(w => w.Piece!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var published = phases.Where(p => p.Value == ContentPiecePhase.Published).Select(p => p.Key).ToList();
        var perPublished = published.Select(p => objectWrites.GetValueOrDefault(p) + EventWrites(events, eventPatchesByName, p)).ToList();
        var steadyWrites = steadyRequests.Where(r => r.IsWrite).ToList();
        var steadyOperator = steadyWrites.Where(r => Category(r) != "lease").ToList();

        string Row(string metric, string value, string target = "") => $"| {metric} | {value} | {target} |";
        string PerPiece(int count) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} ({(double)count / pieces:0.00} per piece)");
        var lines = new List<string>
        {
            "| metric | value | target |",
            "|---|---:|---|",
            Row("pieces (need no approval)", $"{pieces:N0} ({canPublish.Count:N0})"),
            Row("phases", Summary(phases)),
            Row("pieces that need no approval and are Published", $"{canPublish.Count(p => phases.GetValueOrDefault(p) == ContentPiecePhase.Published):N0} / {canPublish.Count:N0}"),
            Row("time to leadership", leading is null ? "never" : $"{leading.Value.TotalSeconds:0.0} s"),
            Row("time to converge (every piece settled)", converged is null ? "timed out" : $"{converged.Value.TotalSeconds:0.0} s"),
            Row("requests while converging", PerPiece(converging.Count)),
            Row("— reads (GET, LIST)", PerPiece(converging.Count(r => !r.IsWrite && !r.IsWatch))),
            Row("— watches", PerPiece(converging.Count(r => r.IsWatch))),
            Row("— writes (POST, PUT, PATCH, DELETE)", PerPiece(writes.Count)),
            Row("—— piece status patches", PerPiece(byCategory.GetValueOrDefault("piece status"))),
            Row("—— piece object patches (finalizer)", PerPiece(byCategory.GetValueOrDefault("piece object"))),
            Row("—— events (create + aggregate patch)", PerPiece(byCategory.GetValueOrDefault("events"))),
            Row("—— other kinds' status (summaries)", PerPiece(byCategory.GetValueOrDefault("other status"))),
            Row("—— lease", PerPiece(byCategory.GetValueOrDefault("lease"))),
            Row("—— anything else", PerPiece(byCategory.GetValueOrDefault("other"))),
            Row("writes per Published piece (object + status + its events): mean / max",
                perPublished.Count == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{perPublished.Average():0.00} / {perPublished.Max()}"),
                $"≤ {WritesPerPieceTarget}"),
            Row($"writes in {steady} s of steady state (without lease renewals)", $"{steadyOperator.Count}", "0"),
            Row($"lease renewals in {steady} s", $"{steadyWrites.Count - steadyOperator.Count}", "(leader election)"),
            Row($"requests in {steady} s of steady state (all)", $"{steadyRequests.Count}"),
        };
        Console.WriteLine();
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        foreach (var write in steadyOperator.GroupBy(r => $"{r.Method} {r.Path}").OrderByDescending(g => g.Count()).Take(10))
        {
            Console.WriteLine($"steady-state write: {write.Count()} × {write.Key}");
        }

        Console.WriteLine("steady-state requests: " + string.Join(", ", steadyRequests
            .GroupBy(r => $"{(r.IsWatch ? "WATCH" : r.Method)} {Category(r)}")
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {g.Key}")));
        Console.WriteLine($"load {BenchmarkPaths.LoadAverage()}");
        return converged is not null && perPublished.Count > 0 && perPublished.Max() <= WritesPerPieceTarget && steadyOperator.Count == 0;
    }

    private static int EventWrites(Dictionary<string, PieceEvents> events, Dictionary<string, int> patches, string piece) =>
        events.TryGetValue(piece, out var mine) ? mine.Names.Count + mine.Names.Sum(n => patches.GetValueOrDefault(n)) : 0;

    private static string Category(RecordedRequest request)
    {
        var path = request.Path;
        if (path.Contains("/leases", StringComparison.Ordinal))
        {
            return "lease";
        }

        if (path.Contains("/events", StringComparison.Ordinal))
        {
            return "events";
        }

        if (PieceOf(path) is not null)
        {
            return path.EndsWith("/status", StringComparison.Ordinal) ? "piece status" : "piece object";
        }

        return path.EndsWith("/status", StringComparison.Ordinal) ? "other status" : "other";
    }

    /// <summary>The piece a request path names (its object or status), or null.</summary>
    private static string? PieceOf(string path)
    {
        var marker = $"/{PieceCollection}/";
        var at = path.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = path[(at + marker.Length)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    private static Dictionary<string, string?> Phases(FakeApiServer server, string ns) =>
        server.Cluster.List(FakeObjects.Collection("ContentPiece"), ns).Items
            .ToDictionary(o => (string)o["metadata"]!["name"]!, o => (string?)o["status"]?["phase"], StringComparer.Ordinal);

    private static Dictionary<string, PieceEvents> EventsByPiece(FakeApiServer server, string ns) =>
        server.Cluster.List("events.k8s.io/v1/events", ns).Items
            .Where(e => (string?)e["regarding"]?["kind"] == "ContentPiece")
            .GroupBy(e => (string)e["regarding"]!["name"]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PieceEvents([.. g.Select(e => (string)e["metadata"]!["name"]!)]), StringComparer.Ordinal);

    private static string Summary(Dictionary<string, string?> phases) =>
        string.Join(", ", phases.GroupBy(p => p.Value ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count():N0} {g.Key}"));

    /// <summary>Waits until 2 s pass without a write other than a lease renewal (at most 2 min); returns how long that took.</summary>
    private static async Task<TimeSpan> QuietAsync(FakeApiServer server)
    {
        var clock = Stopwatch.StartNew();
        var last = -1;
        var lastChange = TimeSpan.Zero;
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var writes = server.Requests.Count(r => r.IsWrite && Category(r) != "lease");
            if (writes != last)
            {
                (last, lastChange) = (writes, clock.Elapsed);
            }
            else if (clock.Elapsed - lastChange >= TimeSpan.FromSeconds(2))
            {
                return lastChange;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return clock.Elapsed;
    }

    private static (BenchmarkOptions Options, int SteadySeconds) Parse(string[] args)
    {
        var steady = DefaultSteadySeconds;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--steady" && i + 1 < args.Length)
            {
                steady = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var options = BenchmarkOptions.Parse(rest);
        return (rest.Contains("--pieces") ? options : options with { Pieces = DefaultPieces }, steady);
    }

    private sealed record PieceEvents(IReadOnlyList<string> Names);
}
