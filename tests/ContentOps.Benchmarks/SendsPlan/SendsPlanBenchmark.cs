using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Profiles;
using ContentOps.Operator.Distribution;

namespace ContentOps.Benchmarks.SendsPlan;

/// <summary>
/// <c>sends-plan [--hcps N] [--pieces N] [--runs N]</c>: reads N generated HCP profiles from CSV, plans every piece
/// across three channels with caps, quiet hours and a campaign cap, and streams the plan as JSONL to a null
/// writer (what <c>sends plan --format jsonl</c> does). Reports each run's wall time, the median and peak memory.
/// Targets: 100,000 HCPs × 50 pieces in ≤ 10 s and ≤ 1 GiB.
/// </summary>
internal static class SendsPlanBenchmark
{
    public static int Run(string[] args)
    {
        var hcps = Option(args, "--hcps", 100_000);
        var pieces = Option(args, "--pieces", 50);
        var runs = Option(args, "--runs", 3);
        var folder = Directory.CreateTempSubdirectory("contentops-sends-bench-").FullName;
        try
        {
            var csv = Path.Combine(folder, "hcps.csv");
            WriteProfiles(csv, hcps);
            var times = new List<double>();
            long decisions = 0;
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var read = ProfileFileReader.Read(csv, "hcps.csv");
                var input = Input(read.Profiles, pieces);
                var summary = new SendPlanSummary(new SendPlanRenderer(TextWriter.Null, "jsonl"));
                SendPlanner.Plan(input, summary);
                clock.Stop();
                decisions = summary.PlannedCount + summary.SkippedCount;
                times.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine($"run {run + 1}: {clock.Elapsed.TotalSeconds:0.00} s, {summary.PlannedCount:N0} sends, {summary.SkippedCount:N0} skipped");
            }
            times.Sort();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
            Console.WriteLine($"sends-plan {hcps:N0} HCPs × {pieces} pieces: median {times[times.Count / 2]:0.00} s over {runs} runs ({decisions:N0} decisions), peak working set {peak:0} MiB; targets 10 s, 1024 MiB");
            return times[times.Count / 2] <= 10 && peak <= 1024 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static void WriteProfiles(string path, int count)
    {
        var random = new Random(20261204);
        string[] tiers = ["tier3", "tier2", "community"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(",", ProfileColumns.Required));
        for (var i = 0; i < count; i++)
        {
            var tier = tiers[random.Next(3)];
            string Flag(int percent) => random.Next(100) < percent ? "true" : "false";
            writer.WriteLine(string.Join(",",
                $"hcp-{i:D6}", "医生", "主治医师", tier == "community" ? "general-practice" : "endocrinology", "澜江医院", tier, "江苏",
                Flag(86), $"o{i:D27}", $"h{i}@example.com", $"1380{i:D7}", Flag(70), Flag(60), Flag(35),
                $"2026-{random.Next(1, 12):D2}-{random.Next(1, 28):D2}", "wechat", Flag(8), $"rep-{i % 400:D3}"));
        }
    }

    private static SendPlanInput Input(IReadOnlyList<HcpProfile> profiles, int pieceCount)
    {
        var start = new DateTimeOffset(2026, 12, 4, 22, 30, 0, TimeSpan.FromHours(8));
        var quiet = new QuietHours { Start = "21:00", End = "08:00", TimeZone = "Asia/Shanghai" };
        ChannelTargetSpec Channel(string type, string format, RateLimit cap) => new()
        {
            Type = type,
            Endpoint = "out",
            Formats = [format],
            AllowedAudienceRoles = ["hcp"],
            HcpVerified = true,
            QuietHours = quiet,
            FrequencyCap = cap,
        };
        string[] channels = ["wechat", "email", "sms"];
        var pieces = Enumerable.Range(0, pieceCount).Select(i => new DistributionPiece
        {
            Ref = new PieceRef("bench", $"piece-{i:D2}"),
            ContentDigest = $"sha256:{i:D64}",
            Spec = new ContentPieceSpec
            {
                Campaign = "camp",
                Format = "email",
                Channels = [channels[i % 3]],
                Audience = new AudienceSelector { Role = "hcp", Audience = "hcps", Segments = i % 5 == 0 ? ["gp"] : ["tier3", "tier2"] },
                Brief = "benchmark brief text",
                Claims = ["c"],
                Schedule = new PieceSchedule { PublishAt = start.AddDays(i % 20).AddHours(i % 7) },
            },
        }).ToList();
        return new SendPlanInput
        {
            Now = start,
            Pieces = pieces,
            Audiences = new Dictionary<string, AudienceProfiles>
            {
                ["bench/hcps"] = new(new AudienceSpec
                {
                    Segments = [new Segment { Name = "tier3", HospitalTiers = ["tier3"] }, new Segment { Name = "tier2", HospitalTiers = ["tier2"] }, new Segment { Name = "gp", Specialties = ["general-practice"] }],
                }, profiles),
            },
            Channels = new Dictionary<string, ChannelTargetSpec>
            {
                ["bench/wechat"] = Channel("wechat", "wechat-article", new RateLimit { Count = 4, Per = "30d" }),
                ["bench/email"] = Channel("smtp", "email", new RateLimit { Count = 2, Per = "7d" }),
                ["bench/sms"] = Channel("sms", "sms", new RateLimit { Count = 2, Per = "30d", Window = "calendar" }),
            },
            Campaigns = new Dictionary<string, CampaignSpec>
            {
                ["bench/camp"] = new()
                {
                    DisplayName = "bench",
                    Product = new Product { Name = "康力平", GenericName = "澜格列汀片", Indications = ["x"] },
                    TherapeuticArea = "endocrinology",
                    ClaimLibraries = ["c"],
                    Channels = channels,
                    FrequencyCap = new RateLimit { Count = 6, Per = "7d" },
                },
            },
        };
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
