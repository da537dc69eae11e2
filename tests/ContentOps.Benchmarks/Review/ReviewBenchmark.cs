using System.Diagnostics;
using System.Text;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Operator.Cli.Review;

namespace ContentOps.Benchmarks.Review;

/// <summary>
/// <c>review [--runs N] [--learned]</c>: one-thread throughput of ContentReviewer.Review on Chinese prose against the China policy
/// plus a synthetic dictionary: 10 MB with 2,000 terms (target ≥ 50 MB/s), 20 MB (linearity), 10 MB with 200 terms
/// (independence of dictionary size). Prints the median of N runs after four warm-up runs (so tiered compilation has settled); MB are UTF-8 megabytes.
/// The policy's learned detector is loaded as <c>contentops review</c> loads it (its appliesTo, public audiences, leaves
/// this HCP context out); <c>--learned</c> drops its appliesTo so it scores every sentence no rule flagged.
/// </summary>
internal static class ReviewBenchmark
{
    public static int Run(string[] args)
    {
        var runs = Array.IndexOf(args, "--runs") is var runsAt and >= 0 ? int.Parse(args[runsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var root = RepositoryRoot.Find();
        var loaded = new YamlPolicySource().LoadPolicies(Path.Combine(root, "examples", "policies", "china-drug-advertising.yaml"));
        if (loaded.Errors.Count > 0 || loaded.Items.Count != 1)
        {
            Console.Error.WriteLine(string.Join("\n", loaded.Errors));
            return 1;
        }

        var china = loaded.Items[0];
        var examples = new FileLearnedExamplesSource(loaded.Origins!).Read(china) is { Content: { } content } file ? new InMemoryExamples(file.Path, content) : null;
        if (args.Contains("--learned") && china.Spec.LearnedDetector is { } detector)
        {
            china = new SopPolicy { Metadata = china.Metadata, Spec = china.Spec with { LearnedDetector = detector with { AppliesTo = null } } };
        }

        var context = new ReviewContext
        {
            Format = "wechat-article",
            ChannelType = "wechat",
            AudienceRole = "hcp",
            ProductType = "rx",
            ChannelHcpVerified = true,
            Now = DateTimeOffset.UnixEpoch,
        };
        Console.WriteLine($"review benchmark: median of {runs} runs, one thread, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, " +
            $"learned detector {(examples is null ? "not loaded" : args.Contains("--learned") ? "on" : "loaded, off by its appliesTo")}");
        Console.WriteLine("| text | terms | median ms | MB/s (UTF-8) | M chars/s | median CPU ms | MB/s per CPU second | allocated MB | GC pause ms | findings |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (megabytes, terms) in args.Contains("--only") ? [] : new[] { (10, 2000), (20, 2000), (10, 200) })
        {
            Measure(china, context, megabytes, terms, runs, examples);
        }

        if (args.Contains("--by-rule"))
        {
            var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
            MeasureByRule(china, context, runs, only);
        }

        return 0;
    }

    private static void Measure(SopPolicy china, ReviewContext context, int megabytes, int terms, int runs, InMemoryExamples? examples)
    {
        var policy = new SopPolicy { Metadata = china.Metadata, Spec = china.Spec with { Rules = [.. china.Spec.Rules, ReviewCorpus.Dictionary(terms)] } };
        var text = ReviewCorpus.Text(megabytes);
        var rendition = new Rendition { Channel = "benchmark", Format = "wechat-article", Title = "基准测试", Body = text };
        var reviewer = new ContentReviewer(new ReviewOptions { PatternTimeout = TimeSpan.FromMinutes(1), LearnedExamples = examples });
        var verdict = reviewer.Review(rendition, context, [policy]);
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            verdict = reviewer.Review(rendition, context, [policy]);
        }
        var times = new List<double>();
        var cpu = new List<double>();
        var allocated = new List<double>();
        var paused = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var pausedBefore = GC.GetTotalPauseDuration();
            var stopwatch = Stopwatch.StartNew();
            verdict = reviewer.Review(rendition, context, [policy]);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            allocated.Add((GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024.0 * 1024.0));
            paused.Add((GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        allocated.Sort();
        paused.Sort();
        var median = times[times.Count / 2];
        var medianCpu = cpu[cpu.Count / 2];
        var utf8 = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
        Console.WriteLine($"| {utf8:F1} MB | {terms} | {median:F0} | {utf8 / (median / 1000):F1} | {text.Length / 1e6 / (median / 1000):F2} | {medianCpu:F0} | {utf8 / (medianCpu / 1000):F1} | {allocated[allocated.Count / 2]:F0} | {paused[paused.Count / 2]:F0} | {verdict.Findings.Count} |");
    }

    private static void MeasureByRule(SopPolicy china, ReviewContext context, int runs, string? only)
    {
        var text = ReviewCorpus.Text(10);
        var rendition = new Rendition { Channel = "benchmark", Format = "wechat-article", Body = text };
        Console.WriteLine("| rule (10 MB, alone) | median ms |\n|---|---:|");
        // Each rule alone, and each pattern of a rule with several alone (a slow pattern is what a policy author can fix).
        var rules = china.Spec.Rules.Append(ReviewCorpus.Dictionary(2000))
            .SelectMany(r => r.Patterns is { Count: > 1 } patterns
                ? patterns.Select((p, i) => (Name: $"{r.Id}[{i}]", Rule: r with { Patterns = [p] })).Prepend((r.Id, r))
                : [(r.Id, r)]);
        foreach (var (name, rule) in rules.Where(r => only is null || r.Item1 == only))
        {
            var policy = new SopPolicy { Metadata = china.Metadata, Spec = china.Spec with { Rules = [rule] } };
            var reviewer = new ContentReviewer(new ReviewOptions { PatternTimeout = TimeSpan.FromMinutes(1) });
            reviewer.Review(rendition, context, [policy]);
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                reviewer.Review(rendition, context, [policy]);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"| {name} | {times[times.Count / 2]:F0} |");
        }
    }
}
