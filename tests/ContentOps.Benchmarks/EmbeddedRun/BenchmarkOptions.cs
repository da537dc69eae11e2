using System.Globalization;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>Options shared by run-10k and phases-10k: --pieces N, --channels N, --repeat N, --keep DIR.</summary>
internal sealed record BenchmarkOptions(int Pieces, int Channels, int Repeat, string? Keep)
{
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions(10_000, 3, 3, null);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--pieces" => options with { Pieces = int.Parse(value, CultureInfo.InvariantCulture) },
                "--channels" => options with { Channels = int.Parse(value, CultureInfo.InvariantCulture) },
                "--repeat" => options with { Repeat = int.Parse(value, CultureInfo.InvariantCulture) },
                "--keep" => options with { Keep = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    /// <summary>The folder to work in: --keep DIR (left in place) or a temporary folder (deleted afterwards).</summary>
    public string WorkFolder() => Keep ?? Path.Combine(Path.GetTempPath(), $"contentops-bench-{Environment.ProcessId}");
}
