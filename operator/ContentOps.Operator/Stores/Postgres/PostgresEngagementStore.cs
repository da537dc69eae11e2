using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Analytics.Prediction;
using Npgsql;
using NpgsqlTypes;

namespace ContentOps.Operator.Stores.Postgres;

/// <summary>
/// Engagement events in PostgreSQL (cluster mode), the schema of <see cref="EngagementSql"/>. A batch is one
/// transaction of set-based statements: attribution with one lookup of every key and message id, the events with one
/// <c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING RETURNING</c> (so only new events come back), and the
/// daily aggregates of exactly those, so duplicates never double-count whichever replica receives them.
/// </summary>
internal sealed class PostgresEngagementStore(NpgsqlDataSource dataSource) : IEngagementStore
{
    private const int Chunk = 10_000;

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(727275);", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var hadHcps = await TableExistsAsync(connection, "engagement_hcps", cancellationToken).ConfigureAwait(false);
            var hadEvents = await TableExistsAsync(connection, "engagement_events", cancellationToken).ConfigureAwait(false);
            var hadTotals = await TableExistsAsync(connection, "engagement_totals", cancellationToken).ConfigureAwait(false);

            // The send ledger's table too: attribution reads it, and it may not exist yet in a fresh database.
            await using var command = new NpgsqlCommand(SendLedgerSql.Schema("timestamptz") + EngagementSql.Schema("timestamptz"), connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await UpgradeAsync(connection, cancellationToken).ConfigureAwait(false);
            if (hadEvents && !hadHcps)
            {
                await using var backfill = new NpgsqlCommand(EngagementSql.BackfillHcps("to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"), connection);
                await backfill.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!hadTotals)
            {
                await using var totals = new NpgsqlCommand(EngagementSql.BackfillTotals, connection);
                await totals.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(727275);", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Tables of the first schema gain the rep team, piece and sentiment columns, keeping their rows.</summary>
    private static async Task UpgradeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (!await HasColumnAsync(connection, "engagement_events", "team", cancellationToken).ConfigureAwait(false))
        {
            await using var events = new NpgsqlCommand(EngagementSql.UpgradeEventsTeam, connection);
            await events.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!await HasColumnAsync(connection, "engagement_daily", "piece", cancellationToken).ConfigureAwait(false))
        {
            await using var daily = new NpgsqlCommand(EngagementSql.PostgresUpgrade, connection);
            await daily.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @t;", connection);
        command.Parameters.AddWithValue("t", table);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
    }

    private static async Task<bool> HasColumnAsync(NpgsqlConnection connection, string table, string column, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @t AND column_name = @c;", connection);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("c", column);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
    }

    public async Task<EngagementIngestResult> AppendAsync(IReadOnlyList<EngagementEvent> events, Func<string, CommentAnalysis>? comments, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var total = new EngagementIngestResult(0, 0, 0, 0);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        for (var start = 0; start < events.Count; start += Chunk)
        {
            var chunk = events.Skip(start).Take(Chunk).GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var inBatchDuplicates = Math.Min(Chunk, events.Count - start) - chunk.Count;
            var sends = await SendsAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
            var rows = chunk.Select(e => Attributed(e, sends)).ToList();
            var analyses = rows.ToDictionary(r => r.Event.Id, r => r.Event.Type == EngagementEventType.Comment && r.Event.Text is not null ? comments?.Invoke(r.Event.Text) : null, StringComparer.Ordinal);
            var inserted = await InsertAsync(connection, transaction, rows, analyses, receivedAt, cancellationToken).ConfigureAwait(false);
            var fresh = rows.Where(r => inserted.Contains(r.Event.Id)).ToList();
            await AddToDaysAsync(connection, transaction, fresh.Select(r => (r.Event, r.PieceRef, Sentiment(analyses[r.Event.Id]))).ToList(), cancellationToken).ConfigureAwait(false);
            await AddDoctorsAsync(connection, transaction, fresh.Where(r => r.Event.Hcp is not null).Select(r => (r.Event, r.PieceRef)).ToList(), cancellationToken).ConfigureAwait(false);
            var flags = fresh.Where(r => analyses[r.Event.Id]?.AdverseEvent is not null).ToList();
            foreach (var (e, pieceRef, _) in flags)
            {
                await FlagAsync(connection, transaction, e, pieceRef, analyses[e.Id]!.AdverseEvent!, receivedAt, cancellationToken).ConfigureAwait(false);
            }

            total = new EngagementIngestResult(
                total.Accepted + fresh.Count, total.Duplicates + inBatchDuplicates + (rows.Count - fresh.Count),
                total.Attributed + fresh.Count(r => r.Attributed), total.AdverseEvents + flags.Count);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return total;
    }

    private static string Sentiment(CommentAnalysis? analysis) => analysis is null ? "" : analysis.Sentiment.ToString().ToLowerInvariant();

    private static (EngagementEvent Event, string? PieceRef, bool Attributed) Attributed(EngagementEvent e, List<SendRow> sends)
    {
        var send = (e.IdempotencyKey is null ? null : sends.Find(s => s.Key == e.IdempotencyKey))
            ?? (e.MessageId is null || e.Channel is null ? null : sends.Find(s => s.ExternalId == e.MessageId && s.Channel == e.Channel))
            ?? ByReference(e, sends);
        return send is null
            ? (e, e.Piece, false)
            : (e with { IdempotencyKey = send.Key, Channel = e.Channel ?? send.Channel, Hcp = e.Hcp ?? send.Hcp, Segment = e.Segment ?? send.Segment }, send.PieceRef, true);
    }

    /// <summary>The send reference: the latest send of the piece to the doctor on the channel sent by the event's time, else the first.</summary>
    private static SendRow? ByReference(EngagementEvent e, List<SendRow> sends)
    {
        if (e.Piece is null || e.Hcp is null || e.Channel is null)
        {
            return null;
        }

        var candidates = sends.Where(s => s.SentAt is not null && s.Hcp == e.Hcp && s.Channel == e.Channel && s.PieceRef == e.Piece).ToList();
        return candidates.Where(s => s.SentAt <= e.OccurredAt).MaxBy(s => s.SentAt) ?? candidates.MinBy(s => s.SentAt);
    }

    private sealed record SendRow(string Key, string Channel, string Hcp, string? Segment, string PieceRef, string? ExternalId, DateTimeOffset? SentAt);

    private static async Task<List<SendRow>> SendsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<EngagementEvent> events, CancellationToken cancellationToken)
    {
        var references = events.Where(e => e.Piece is not null && e.Hcp is not null && e.Channel is not null).Select(e => (e.Piece!, e.Hcp!, e.Channel!)).Distinct().ToList();
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, channel, hcp, segment, piece_ref, external_id, sent_at FROM sends WHERE idempotency_key = ANY(@keys) OR external_id = ANY(@messages) "
            + "OR (piece_ref, hcp, channel) IN (SELECT * FROM unnest(@pieces, @hcps, @channels));",
            connection, transaction);
        command.Parameters.AddWithValue("keys", events.Select(e => e.IdempotencyKey).OfType<string>().Distinct().ToArray());
        command.Parameters.AddWithValue("messages", events.Select(e => e.MessageId).OfType<string>().Distinct().ToArray());
        command.Parameters.AddWithValue("pieces", references.Select(r => r.Item1).ToArray());
        command.Parameters.AddWithValue("hcps", references.Select(r => r.Item2).ToArray());
        command.Parameters.AddWithValue("channels", references.Select(r => r.Item3).ToArray());
        var rows = new List<SendRow>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SendRow(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6)));
        }

        return rows;
    }

    private static async Task<HashSet<string>> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(EngagementEvent Event, string? PieceRef, bool Attributed)> rows, Dictionary<string, CommentAnalysis?> analyses, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO engagement_events SELECT i, t, a, @received, k, m, c, h, p, cp, s, rg, rt, d, se, tx, tm "
            + "FROM unnest(@i, @t, @a, @k, @m, @c, @h, @p, @cp, @s, @rg, @rt, @d, @se, @tx, @tm) AS x(i, t, a, k, m, c, h, p, cp, s, rg, rt, d, se, tx, tm) "
            + "ON CONFLICT (event_id) DO NOTHING RETURNING event_id;", connection, transaction);
        var e = rows.Select(r => r.Event).ToList();
        command.Parameters.AddWithValue("received", receivedAt.ToUniversalTime());
        command.Parameters.AddWithValue("i", e.Select(x => x.Id).ToArray());
        command.Parameters.AddWithValue("t", e.Select(x => x.Type.Name()).ToArray());
        command.Parameters.AddWithValue("a", e.Select(x => x.OccurredAt.ToUniversalTime()).ToArray());
        Text(command, "k", e.Select(x => x.IdempotencyKey));
        Text(command, "m", e.Select(x => x.MessageId));
        Text(command, "c", e.Select(x => x.Channel));
        Text(command, "h", e.Select(x => x.Hcp));
        Text(command, "p", rows.Select(r => r.PieceRef));
        Text(command, "cp", e.Select(x => x.Campaign));
        Text(command, "s", e.Select(x => x.Segment));
        Text(command, "rg", e.Select(x => x.Region));
        command.Parameters.Add(new NpgsqlParameter("rt", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = e.Select(x => x.ReadThrough).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = e.Select(x => x.DwellSeconds).ToArray() });
        Text(command, "se", e.Select(x => analyses[x.Id]?.Sentiment.ToString().ToLowerInvariant()));
        Text(command, "tx", e.Select(x => x.Text));
        Text(command, "tm", e.Select(x => x.Team));
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            inserted.Add(reader.GetString(0));
        }

        return inserted;
    }

    private static void Text(NpgsqlCommand command, string name, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    private static async Task AddToDaysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(EngagementEvent Event, string? PieceRef, string Sentiment)> events, CancellationToken cancellationToken)
    {
        var days = events.GroupBy(x => (Day: x.Event.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Campaign: x.Event.Campaign ?? "", Channel: x.Event.Channel ?? "", Segment: x.Event.Segment ?? "", Region: x.Event.Region ?? "", Type: x.Event.Type.Name(), Piece: x.PieceRef ?? "", Team: x.Event.Team ?? "", x.Sentiment))
            .Select(g => (g.Key, Count: (long)g.Count(), Read: g.Sum(x => x.Event.ReadThrough ?? 0), Dwell: g.Sum(x => x.Event.DwellSeconds ?? 0))).ToList();
        await using var command = new NpgsqlCommand(
            "INSERT INTO engagement_daily (day, campaign, channel, segment, region, type, events, read_through, dwell_seconds, piece, team, sentiment) "
            + "SELECT * FROM unnest(@day, @campaign, @channel, @segment, @region, @type, @n, @read, @dwell, @piece, @team, @sentiment) "
            + $"ON CONFLICT ({EngagementSql.DailyKey}) DO UPDATE SET events = engagement_daily.events + excluded.events, "
            + "read_through = engagement_daily.read_through + excluded.read_through, dwell_seconds = engagement_daily.dwell_seconds + excluded.dwell_seconds;",
            connection, transaction);
        command.Parameters.AddWithValue("day", days.Select(d => d.Key.Day).ToArray());
        command.Parameters.AddWithValue("campaign", days.Select(d => d.Key.Campaign).ToArray());
        command.Parameters.AddWithValue("channel", days.Select(d => d.Key.Channel).ToArray());
        command.Parameters.AddWithValue("segment", days.Select(d => d.Key.Segment).ToArray());
        command.Parameters.AddWithValue("region", days.Select(d => d.Key.Region).ToArray());
        command.Parameters.AddWithValue("type", days.Select(d => d.Key.Type).ToArray());
        command.Parameters.AddWithValue("n", days.Select(d => d.Count).ToArray());
        command.Parameters.AddWithValue("read", days.Select(d => d.Read).ToArray());
        command.Parameters.AddWithValue("dwell", days.Select(d => d.Dwell).ToArray());
        command.Parameters.AddWithValue("piece", days.Select(d => d.Key.Piece).ToArray());
        command.Parameters.AddWithValue("team", days.Select(d => d.Key.Team).ToArray());
        command.Parameters.AddWithValue("sentiment", days.Select(d => d.Key.Sentiment).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        var totals = days.GroupBy(d => (d.Key.Campaign, d.Key.Piece, d.Key.Channel, d.Key.Segment, d.Key.Region, d.Key.Team, d.Key.Type, d.Key.Sentiment))
            .Select(g => (g.Key, Count: g.Sum(d => d.Count), Read: g.Sum(d => d.Read), Dwell: g.Sum(d => d.Dwell))).ToList();
        await using var add = new NpgsqlCommand(
            $"INSERT INTO engagement_totals ({EngagementSql.TotalsKey}, events, read_through, dwell_seconds) "
            + "SELECT * FROM unnest(@campaign, @piece, @channel, @segment, @region, @team, @type, @sentiment, @n, @read, @dwell) "
            + $"ON CONFLICT ({EngagementSql.TotalsKey}) DO UPDATE SET events = engagement_totals.events + excluded.events, "
            + "read_through = engagement_totals.read_through + excluded.read_through, dwell_seconds = engagement_totals.dwell_seconds + excluded.dwell_seconds;",
            connection, transaction);
        add.Parameters.AddWithValue("campaign", totals.Select(d => d.Key.Campaign).ToArray());
        add.Parameters.AddWithValue("piece", totals.Select(d => d.Key.Piece).ToArray());
        add.Parameters.AddWithValue("channel", totals.Select(d => d.Key.Channel).ToArray());
        add.Parameters.AddWithValue("segment", totals.Select(d => d.Key.Segment).ToArray());
        add.Parameters.AddWithValue("region", totals.Select(d => d.Key.Region).ToArray());
        add.Parameters.AddWithValue("team", totals.Select(d => d.Key.Team).ToArray());
        add.Parameters.AddWithValue("type", totals.Select(d => d.Key.Type).ToArray());
        add.Parameters.AddWithValue("sentiment", totals.Select(d => d.Key.Sentiment).ToArray());
        add.Parameters.AddWithValue("n", totals.Select(d => d.Count).ToArray());
        add.Parameters.AddWithValue("read", totals.Select(d => d.Read).ToArray());
        add.Parameters.AddWithValue("dwell", totals.Select(d => d.Dwell).ToArray());
        await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddDoctorsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(EngagementEvent Event, string? PieceRef)> events, CancellationToken cancellationToken)
    {
        var rows = events.GroupBy(x => (Campaign: x.Event.Campaign ?? "", Piece: x.PieceRef ?? "", Channel: x.Event.Channel ?? "", Type: x.Event.Type.Name(), Hcp: x.Event.Hcp!))
            .Select(g => (g.Key, First: g.MinBy(x => x.Event.OccurredAt).Event)).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            $"INSERT INTO engagement_hcps ({EngagementSql.HcpColumns}) SELECT * FROM unnest(@campaign, @piece, @channel, @type, @hcp, @segment, @region, @team, @day) "
            + "ON CONFLICT (campaign, piece, channel, type, hcp) DO UPDATE SET first_day = LEAST(engagement_hcps.first_day, excluded.first_day);",
            connection, transaction);
        command.Parameters.AddWithValue("campaign", rows.Select(r => r.Key.Campaign).ToArray());
        command.Parameters.AddWithValue("piece", rows.Select(r => r.Key.Piece).ToArray());
        command.Parameters.AddWithValue("channel", rows.Select(r => r.Key.Channel).ToArray());
        command.Parameters.AddWithValue("type", rows.Select(r => r.Key.Type).ToArray());
        command.Parameters.AddWithValue("hcp", rows.Select(r => r.Key.Hcp).ToArray());
        command.Parameters.AddWithValue("segment", rows.Select(r => r.First.Segment ?? "").ToArray());
        command.Parameters.AddWithValue("region", rows.Select(r => r.First.Region ?? "").ToArray());
        command.Parameters.AddWithValue("team", rows.Select(r => r.First.Team ?? "").ToArray());
        command.Parameters.AddWithValue("day", rows.Select(r => r.First.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<EngagedHcp>> HcpsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {EngagementSql.HcpColumns} FROM engagement_hcps;");
        var rows = new List<EngagedHcp>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        string S(int i)
        {
            var value = r.GetString(i);
            return strings.TryGetValue(value, out var shared) ? shared : strings[value] = value;
        }

        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new EngagedHcp(S(0), S(1), S(2), S(5), S(6), S(7), S(3), r.GetString(4))
            {
                FirstDay = DateOnly.ParseExact(r.GetString(8), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return rows;
    }

    public Task<CampaignEngagement> CampaignAsync(CampaignScope scope, IEnumerable<string?> channels, CancellationToken cancellationToken) =>
        EngagementAggregation.CampaignAsync(dataSource.CreateCommand, scope, channels, cancellationToken);

    public Task<IReadOnlyList<DoctorGroup>> DoctorGroupsAsync(CampaignScope scope, CancellationToken cancellationToken) =>
        EngagementAggregation.DoctorGroupsAsync(dataSource.CreateCommand, scope, cancellationToken);

    public Task<IReadOnlyList<ReachedUnits>> ReachedAsync(CampaignScope scope, CancellationToken cancellationToken) =>
        EngagementAggregation.ReachedAsync(dataSource.CreateCommand, scope, cancellationToken);

    private static async Task FlagAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, EngagementEvent e, string? pieceRef, AdverseEventSignal signal, DateTimeOffset flaggedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO adverse_event_flags VALUES (@id, @at, @flagged, @channel, @hcp, @piece, @campaign, @product, @symptoms, @serious, @text) ON CONFLICT (event_id) DO NOTHING;",
            connection, transaction);
        command.Parameters.AddWithValue("id", e.Id);
        command.Parameters.AddWithValue("at", e.OccurredAt.ToUniversalTime());
        command.Parameters.AddWithValue("flagged", flaggedAt.ToUniversalTime());
        command.Parameters.AddWithValue("channel", (object?)e.Channel ?? DBNull.Value);
        command.Parameters.AddWithValue("hcp", (object?)e.Hcp ?? DBNull.Value);
        command.Parameters.AddWithValue("piece", (object?)pieceRef ?? DBNull.Value);
        command.Parameters.AddWithValue("campaign", (object?)e.Campaign ?? DBNull.Value);
        command.Parameters.AddWithValue("product", (object?)signal.Product ?? DBNull.Value);
        command.Parameters.AddWithValue("symptoms", string.Join("、", signal.Symptoms));
        command.Parameters.AddWithValue("serious", signal.Serious ? 1 : 0);
        command.Parameters.AddWithValue("text", e.Text ?? "");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DailyEngagement>> DailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT day, campaign, channel, segment, region, type, events, read_through, dwell_seconds, piece, team, sentiment FROM engagement_daily "
            + $"WHERE day >= @a AND day <= @b ORDER BY {EngagementSql.DailyKey};");
        command.Parameters.AddWithValue("a", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("b", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var rows = new List<DailyEngagement>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new DailyEngagement(DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.GetDouble(7), r.GetDouble(8))
            {
                Piece = r.GetString(9),
                Team = r.GetString(10),
                Sentiment = r.GetString(11),
            });
        }

        return rows;
    }

    public async Task<IReadOnlyList<AdverseEventFlag>> AdverseEventsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT event_id, occurred_at, flagged_at, channel, hcp, piece_ref, campaign, product, symptoms, serious, text FROM adverse_event_flags ORDER BY occurred_at, event_id;");
        var rows = new List<AdverseEventFlag>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new AdverseEventFlag(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), r.GetFieldValue<DateTimeOffset>(2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), r.GetString(8), r.GetInt32(9) == 1, r.GetString(10)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<StoredComment>> CommentsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT event_id, occurred_at, campaign, piece_ref, channel, sentiment, text FROM engagement_events WHERE type = 'comment' AND text IS NOT NULL ORDER BY occurred_at, event_id;");
        var rows = new List<StoredComment>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StoredComment(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(6)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<StoredSendOutcome>> SendOutcomesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SendOutcomeSql.Query);
        var rows = new List<StoredSendOutcome>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StoredSendOutcome(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5), r.GetInt32(6) == 1));
        }

        return rows;
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM engagement_events WHERE occurred_at < @a;");
        command.Parameters.AddWithValue("a", before.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
