using System.Diagnostics;
using System.Globalization;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Stores.Postgres;
using ContentOps.Operator.Tests.TestSupport;
using Npgsql;

namespace ContentOps.Benchmarks.EventsIngest;

/// <summary>
/// <c>events-ingest [--batches N] [--burst N] [--year-hcps N] [--year-pieces N] [--runs N] [--postgres CONNSTRING | --no-postgres]</c>:
/// engagement events into the state database, SQLite (state.db) and PostgreSQL (a connection string, else a
/// throw-away server started the way the tests start one, when the Debian package is installed). Per run: N batches
/// of 1,000 events (events/s of each batch), one burst of 100,000 in a single batch, and the year check: a year of
/// daily aggregates and doctor rows for 100,000 HCPs written in bulk, then the campaign KPI query over it
/// (<see cref="CampaignKpis.MeasureAsync"/>: aggregated in SQL), the metrics' reached units, and for comparison the
/// computation before it (every daily and doctor row read and measured in memory). Medians over runs.
/// </summary>
internal static class EventsIngestBenchmark
{
    private static readonly DateTimeOffset _t0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var batches = Option(args, "--batches", 20);
        var burst = Option(args, "--burst", 100_000);
        var yearHcps = Option(args, "--year-hcps", 100_000);
        var yearPieces = Option(args, "--year-pieces", 4);
        var runs = Option(args, "--runs", 3);
        var connection = Text(args, "--postgres");
        Console.WriteLine($"events-ingest: {batches} batches of 1,000, a burst of {burst:N0}, a year for {yearHcps:N0} HCPs × {yearPieces} pieces; {runs} run(s); load {Load()}");
        await MeasureAsync("SQLite", () => Task.FromResult<Database>(Sqlite()), batches, burst, yearHcps, yearPieces, runs);

        if (args.Contains("--no-postgres"))
        {
            return 0;
        }

        PostgresServer? server = null;
        try
        {
            if (connection is null)
            {
                server = new PostgresServer();
                await server.InitializeAsync();
            }

            await MeasureAsync("PostgreSQL", async () => await PostgresAsync(connection ?? await server!.CreateDatabaseAsync("ingest")), batches, burst, yearHcps, yearPieces, runs);
        }
        catch (InvalidOperationException e) when (server is not null)
        {
            Console.WriteLine($"PostgreSQL: skipped ({e.Message})");
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        return 0;
    }

    private sealed record Database(IEngagementStore Events, ISendLedger Sends, Func<int, int, Task> WriteYear, Action Dispose);

    private static async Task MeasureAsync(string name, Func<Task<Database>> open, int batches, int burst, int yearHcps, int yearPieces, int runs)
    {
        var batchRates = new List<double>();
        var burstRates = new List<double>();
        var queries = new List<double>();
        var reachedQueries = new List<double>();
        var rowQueries = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var db = await open();
            try
            {
                await SeedSendsAsync(db.Sends);
                for (var b = 0; b < batches; b++)
                {
                    var events = Events($"r{run}b{b}", 1_000);
                    var clock = Stopwatch.StartNew();
                    await db.Events.AppendAsync(events, null, _t0, default);
                    batchRates.Add(1_000 / clock.Elapsed.TotalSeconds);
                }

                var many = Events($"r{run}burst", burst);
                var burstCpu = Cpu();
                var watch = Stopwatch.StartNew();
                var result = await db.Events.AppendAsync(many, null, _t0, default);
                burstRates.Add(burst / watch.Elapsed.TotalSeconds);
                Console.WriteLine($"{name} run {run + 1}: batch median {Median(batchRates[^batches..]):N0} events/s; burst {burst:N0} in {watch.Elapsed.TotalSeconds:0.0} s ({burstRates[^1]:N0} events/s, {result.Attributed:N0} attributed; {Cpu() - burstCpu:0.0} s CPU in this process); load {Load()}");

                await db.WriteYear(yearHcps, yearPieces);
                var campaign = new Campaign { Metadata = new ObjectMeta { Name = "year", Namespace = "bench" }, Spec = new CampaignSpec { Objectives = [new Objective { Kpi = "openRate", Target = 0.3 }, new Objective { Kpi = "reach", Target = yearHcps }] } };
                var queryCpu = Cpu();
                var query = Stopwatch.StartNew();
                var kpis = await CampaignKpis.MeasureAsync(campaign, [], db.Events, _t0, default);
                queries.Add(query.Elapsed.TotalSeconds);
                queryCpu = Cpu() - queryCpu;
                var reachedClock = Stopwatch.StartNew();
                var doctors = await db.Events.DoctorGroupsAsync(kpis.Scope, default);
                var reached = await db.Events.ReachedAsync(kpis.Scope, default);
                reachedQueries.Add(reachedClock.Elapsed.TotalSeconds);

                // The computation before the SQL aggregation: every daily and doctor row read, then measured in memory.
                var rowsClock = Stopwatch.StartNew();
                var rows = await CampaignKpis.RowsAsync(kpis.Scope, db.Events, default);
                var inMemory = ObjectiveEvaluator.Evaluate(campaign.Spec, kpis.Scope, rows, null, _t0);
                rowQueries.Add(rowsClock.Elapsed.TotalSeconds);
                var same = inMemory.Select(o => o.Basis).SequenceEqual(kpis.Objectives.Select(o => o.Basis)) ? "same objectives" : "OBJECTIVES DIFFER";
                Console.WriteLine($"{name} run {run + 1}: year KPI query (SQL) {queries[^1]:0.00} s ({queryCpu:0.00} s CPU in this process), {kpis.Counts.Count:N0} total rows; doctor gauges and reached units (metrics) {reachedQueries[^1]:0.00} s, {doctors.Count:N0} groups, {reached.Sum(u => u.Units):N0} units; "
                    + $"rows in memory (before) {rowQueries[^1]:0.00} s over {rows.Counts.Count:N0} daily rows and {rows.Hcps.Count:N0} doctor rows, {same} ({string.Join("; ", kpis.Objectives.Select(o => o.Basis))}); load {Load()}");
            }
            finally
            {
                db.Dispose();
            }
        }

        Console.WriteLine($"{name}: median batch of 1,000 {Median(batchRates):N0} events/s; median burst of {burst:N0} {Median(burstRates):N0} events/s; "
            + $"median year KPI query {Median(queries):0.00} s (SQL), metrics (doctor gauges, reached units) {Median(reachedQueries):0.00} s, rows in memory (before) {Median(rowQueries):0.00} s ({runs} runs, load {Load()})");
    }

    private static async Task SeedSendsAsync(ISendLedger sends)
    {
        var entries = Enumerable.Range(0, 5_000).Select(i => new SendEntry
        {
            IdempotencyKey = $"k{i}",
            PieceUid = $"uid-{i % 5}",
            PieceRef = $"bench/piece-{i % 5}",
            Hcp = $"hcp-{i:000000}",
            Channel = "bench/email",
            ContentDigest = "sha256:bench",
            Segment = $"s{i % 3}",
            CreatedAt = _t0,
            DueAt = _t0,
        }).ToList();
        await sends.RecordIntentsAsync(entries, default);
        await sends.RecordReceiptsAsync([.. entries.Select(e => new SendReceiptRecord(e.IdempotencyKey, $"<{e.IdempotencyKey}@bench>", _t0))], default);
    }

    /// <summary>Events of every type but comments: a third by key, a third by message id, a third by send reference.</summary>
    private static List<EngagementEvent> Events(string prefix, int count)
    {
        EngagementEventType[] types = [EngagementEventType.Delivered, EngagementEventType.Opened, EngagementEventType.Read, EngagementEventType.Clicked, EngagementEventType.Registered];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var send = i % 5_000;
            var e = new EngagementEvent
            {
                Id = $"{prefix}-{i}", Type = types[i % types.Length], OccurredAt = _t0.AddMinutes(-(i % 10_000)),
                Campaign = "bench/year", Region = $"r{i % 8}", Team = $"t{i % 16}", ReadThrough = i % types.Length == 2 ? 0.5 : null,
            };
            return (i % 3) switch
            {
                0 => e with { IdempotencyKey = $"k{send}" },
                1 => e with { MessageId = $"<k{send}@bench>", Channel = "bench/email" },
                _ => e with { Piece = $"bench/piece-{send % 5}", Hcp = $"hcp-{send:000000}", Channel = "bench/email" },
            };
        })];
    }

    /// <summary>The rows a year leaves: per day × piece × segment × region/team × type, and each doctor once per piece and type reached.</summary>
    private static IEnumerable<(string Day, string Piece, string Segment, string Region, string Team, string Type, long Events)> DailyRows(int pieces)
    {
        string[] types = ["delivered", "opened", "read", "clicked", "registered", "rep-feedback"];
        for (var d = 0; d < 365; d++)
        {
            var day = DateOnly.FromDateTime(_t0.UtcDateTime).AddDays(-d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var p = 0; p < pieces; p++)
            {
                for (var s = 0; s < 3; s++)
                {
                    for (var t = 0; t < 16; t++)
                    {
                        foreach (var type in types)
                        {
                            yield return (day, $"bench/year-piece-{p}", $"s{s}", $"r{t / 2}", $"t{t}", type, 10 + ((d + p + s + t) % 7));
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Piece, string Type, string Hcp, string Segment, string Region, string Team)> DoctorRows(int hcps, int pieces)
    {
        for (var h = 0; h < hcps; h++)
        {
            for (var p = 0; p < pieces; p++)
            {
                var (piece, hcp, segment, region, team) = ($"bench/year-piece-{p}", $"hcp-{h:000000}", $"s{h % 3}", $"r{h % 16 / 2}", $"t{h % 16}");
                yield return (piece, "delivered", hcp, segment, region, team);
                if ((h + p) % 3 == 0)
                {
                    yield return (piece, "opened", hcp, segment, region, team);
                }
            }
        }
    }

    private static Database Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("contentops-ingest-").FullName;
        var state = LocalStateStore.Open(folder);
        return new Database(state.Events, state.Sends, (hcps, pieces) =>
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder, LocalStateStore.DatabaseFileName)}");
            connection.Open();
            using var transaction = connection.BeginTransaction();
            using var daily = connection.CreateCommand();
            daily.CommandText = "INSERT INTO engagement_daily (day, campaign, channel, segment, region, type, events, read_through, dwell_seconds, piece, team, sentiment) VALUES ($d, 'bench/year', 'bench/email', $s, $r, $t, $n, 0, 0, $p, $tm, '');";
            var dp = new[] { "$d", "$s", "$r", "$t", "$n", "$p", "$tm" }.Select(n => daily.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter(n, ""))).ToArray();
            foreach (var row in DailyRows(pieces))
            {
                (dp[0].Value, dp[1].Value, dp[2].Value, dp[3].Value, dp[4].Value, dp[5].Value, dp[6].Value) = (row.Day, row.Segment, row.Region, row.Type, row.Events, row.Piece, row.Team);
                daily.ExecuteNonQuery();
            }

            using var doctors = connection.CreateCommand();
            doctors.CommandText = "INSERT INTO engagement_hcps (campaign, piece, channel, type, hcp, segment, region, team, first_day) VALUES ('bench/year', $p, 'bench/email', $t, $h, $s, $r, $tm, '2026-06-01');";
            var hp = new[] { "$p", "$t", "$h", "$s", "$r", "$tm" }.Select(n => doctors.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter(n, ""))).ToArray();
            foreach (var row in DoctorRows(hcps, pieces))
            {
                (hp[0].Value, hp[1].Value, hp[2].Value, hp[3].Value, hp[4].Value, hp[5].Value) = (row.Piece, row.Type, row.Hcp, row.Segment, row.Region, row.Team);
                doctors.ExecuteNonQuery();
            }

            using var totals = connection.CreateCommand();
            totals.CommandText = YearTotals;
            totals.ExecuteNonQuery();
            transaction.Commit();
            return Task.CompletedTask;
        }, () =>
        {
            state.Dispose();
            Directory.Delete(folder, true);
        });
    }

    private static async Task<Database> PostgresAsync(string connection)
    {
        var source = NpgsqlDataSource.Create(connection);
        await using (var drop = source.CreateCommand("DROP TABLE IF EXISTS engagement_events, engagement_daily, engagement_hcps, adverse_event_flags, sends, consent_withdrawals, crm_pushes;"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        var events = new PostgresEngagementStore(source);
        await events.EnsureSchemaAsync(default);
        var sends = new PostgresSendLedger(source);
        await sends.EnsureSchemaAsync(default);
        return new Database(events, sends, async (hcps, pieces) =>
        {
            await using var c = await source.OpenConnectionAsync();
            await using (var daily = await c.BeginBinaryImportAsync("COPY engagement_daily (day, campaign, channel, segment, region, type, events, read_through, dwell_seconds, piece, team, sentiment) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in DailyRows(pieces))
                {
                    await daily.WriteRowAsync(default, row.Day, "bench/year", "bench/email", row.Segment, row.Region, row.Type, row.Events, 0.0, 0.0, row.Piece, row.Team, "");
                }

                await daily.CompleteAsync();
            }

            await using var doctors = await c.BeginBinaryImportAsync("COPY engagement_hcps (campaign, piece, channel, type, hcp, segment, region, team, first_day) FROM STDIN (FORMAT BINARY)");
            foreach (var row in DoctorRows(hcps, pieces))
            {
                await doctors.WriteRowAsync(default, "bench/year", row.Piece, "bench/email", row.Type, row.Hcp, row.Segment, row.Region, row.Team, "2026-06-01");
            }

            await doctors.CompleteAsync();
            await doctors.DisposeAsync();
            await using var totals = new NpgsqlCommand(YearTotals, c);
            await totals.ExecuteNonQueryAsync();

            // What autovacuum does after a bulk load; without it the planner has no statistics for the new rows.
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE engagement_hcps, engagement_totals;", c);
            await analyze.ExecuteNonQueryAsync();
        }, () => source.Dispose());
    }

    /// <summary>The year's day-less totals, as ingestion would have kept them beside the daily rows written in bulk.</summary>
    private const string YearTotals =
        $"INSERT INTO engagement_totals ({EngagementSql.TotalsKey}, events, read_through, dwell_seconds) "
        + $"SELECT {EngagementSql.TotalsKey}, SUM(events), SUM(read_through), SUM(dwell_seconds) FROM engagement_daily WHERE piece LIKE 'bench/year-piece-%' GROUP BY {EngagementSql.TotalsKey};";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>CPU seconds of this process (user + system): SQLite's whole cost, a PostgreSQL client's share only.</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static string? Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
