using System.Globalization;
using ContentOps.Core.Api;
using ContentOps.Operator.Cli.Run;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>
/// <c>phases-10k</c>: the phases of <c>contentops run</c> in process (load declarations, open state, sync, reconcile,
/// render the table), for a first run and a no-op rerun, with allocations and GC counts per phase; then a
/// sequential profile of the ContentPiece steps on a fresh state, to say which step the reconcile time goes to.
/// </summary>
internal static class PhasesTenThousandBenchmark
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var work = options.WorkFolder();
        var repository = Path.Combine(work, "repository");
        BenchmarkRepository.Write(repository, BenchmarkPaths.Examples(), options.Pieces, options.Channels);
        Console.WriteLine($"{options.Pieces:N0} pieces × {options.Channels} channels in {repository}; gcServer={System.Runtime.GCSettings.IsServerGC}, load {BenchmarkPaths.LoadAverage()}");

        var phases = new PhaseRecorder();
        phases.Note("| **first run** | | | | | | |");
        await RunOnceAsync(phases, repository, "");
        phases.Note("| **no-op rerun** | | | | | | |");
        await RunOnceAsync(phases, repository, "rerun: ");
        phases.Print();

        Console.WriteLine();
        Console.WriteLine("Sequential step profile (one thread, fresh state):");
        var declared = new DeclarationLoader().Load(repository).Resources.Select(d => d.Resource).ToList();
        var stateFolder = Path.Combine(work, "profile-state");
        IReadOnlyDictionary<string, TimeSpan> steps;
        using (var state = LocalStateStore.Open(stateFolder))
        {
            steps = await StepProfile.RunAsync(state, repository, declared);
        }

        Console.WriteLine("| step | total ms | per piece µs |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (step, total) in steps.OrderByDescending(s => s.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {total.TotalMilliseconds:0} | {total.TotalMicroseconds / options.Pieces:0} |"));
        }

        if (options.Keep is null)
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    private static async Task RunOnceAsync(PhaseRecorder phases, string repository, string prefix)
    {
        var declarations = phases.Measure(prefix + "load declarations", () => new DeclarationLoader().Load(repository));
        if (declarations.HasErrors)
        {
            throw new InvalidOperationException($"the generated repository is invalid: {declarations.Diagnostics.First()}");
        }

        IReadOnlyList<Resource> declared = [.. declarations.Resources.Select(d => d.Resource)];
        var runtime = phases.Measure(prefix + "open state (cache load)", () =>
            EmbeddedRuntime.Open(LocalStateStore.DefaultFolderFor(declarations.Root), declarations.Root, declarations.SourceRevision, new EmbeddedOptions(), TimeProvider.System));
        using (runtime)
        {
            var sync = await phases.MeasureAsync(prefix + "sync declarations", () => runtime.State.Resources.SyncAsync(declared, declarations.SourceRevision, DateTimeOffset.UtcNow));
            Console.WriteLine($"    sync: {sync.Added.Count} added, {sync.Changed.Count} changed, {sync.Unchanged.Count} unchanged, {sync.Writes} writes");
            var report = await phases.MeasureAsync(prefix + "reconcile (incl. a no-op sync)", () => runtime.ReconcileAsync(declared, declarations.SourceRevision, null, CancellationToken.None));
            Console.WriteLine($"    reconcile: generated {report.Generated}, reviewed {report.Reviewed}, published {report.Published}, errors {report.Errors}, "
                + string.Join(", ", report.Pieces.GroupBy(p => p.Status?.Phase ?? "Pending").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
            phases.Measure(prefix + "render table", () => PieceTable.Render(report.Pieces).Length);
        }
    }
}
