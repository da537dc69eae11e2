using System.Diagnostics;
using System.Globalization;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>Times named phases with a Stopwatch and records what the GC did in each (allocations, collections, working set).</summary>
internal sealed class PhaseRecorder
{
    private readonly List<string> _rows = [];

    public T Measure<T>(string name, Func<T> phase) => MeasureAsync(name, () => Task.FromResult(phase())).GetAwaiter().GetResult();

    public async Task<T> MeasureAsync<T>(string name, Func<Task<T>> phase)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = await phase();
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        _rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {clock.Elapsed.TotalMilliseconds:0} | {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} | "
            + $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} | "
            + $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} | {self.WorkingSet64 / 1048576.0:0} | {self.PeakWorkingSet64 / 1048576.0:0} |"));
        Console.WriteLine($"  {name}: {clock.Elapsed.TotalMilliseconds:0} ms");
        return result;
    }

    public void Note(string row) => _rows.Add(row);

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("| phase | wall ms | allocated MiB | GCs gen0/1/2 | GC pause ms | working set MiB | peak WS MiB |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|");
        _rows.ForEach(Console.WriteLine);
    }
}
