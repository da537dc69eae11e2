using System.Globalization;
using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Analytics.Prediction;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// Engagement events in state.db. A batch is one unit: each event is attributed to its send (by idempotency key,
/// else by the channel's message id in the send ledger), inserted unless its id is known, and only a new event
/// adds to its day's aggregate, so duplicates never double-count and a late event lands on the day it happened.
/// </summary>
internal sealed class SqliteEngagementStore : IEngagementStore
{
    private readonly StateDatabase _database;

    public SqliteEngagementStore(StateDatabase database, bool readOnly)
    {
        _database = database;
        if (!readOnly)
        {
            lock (database.Gate)
            {
                database.InTransaction(() => CreateOrUpgrade(database));
            }
        }
    }

    /// <summary>Creates the tables, or brings those of the first schema up to date keeping their rows.</summary>
    private static void CreateOrUpgrade(StateDatabase database)
    {
        var daily = Convert.ToInt64(database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'engagement_daily';"), CultureInfo.InvariantCulture) == 1;
        var old = daily && !HasColumn(database, "engagement_daily", "piece");
        var oldEvents = Convert.ToInt64(database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'engagement_events';"), CultureInfo.InvariantCulture) == 1
            && !HasColumn(database, "engagement_events", "team");
        var hcps = Convert.ToInt64(database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'engagement_hcps';"), CultureInfo.InvariantCulture) == 1;
        var totals = Convert.ToInt64(database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'engagement_totals';"), CultureInfo.InvariantCulture) == 1;
        if (old)
        {
            database.Pragma(EngagementSql.SqliteUpgradeMoveAside);
        }

        if (oldEvents)
        {
            database.Pragma(EngagementSql.UpgradeEventsTeam);
        }

        database.Pragma(EngagementSql.Schema("TEXT"));
        if (old)
        {
            database.Pragma(EngagementSql.SqliteUpgradeCopy);
        }

        if (!hcps)
        {
            database.Pragma(EngagementSql.BackfillHcps("substr(occurred_at, 1, 10)"));
        }

        if (!totals)
        {
            database.Pragma(EngagementSql.BackfillTotals);
        }
    }

    private static bool HasColumn(StateDatabase database, string table, string column) =>
        Convert.ToInt64(database.Scalar($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}';"), CultureInfo.InvariantCulture) == 1;

    public Task<EngagementIngestResult> AppendAsync(IReadOnlyList<EngagementEvent> events, Func<string, CommentAnalysis>? comments, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        int accepted = 0, duplicates = 0, attributed = 0, adverse = 0;
        lock (_database.Gate)
        {
            _database.InTransaction(() =>
            {
                var aggregate = new EngagementBatchAggregate();
                foreach (var e in events)
                {
                    var send = Attribute(e);
                    var analysis = e.Type == EngagementEventType.Comment && e.Text is not null ? comments?.Invoke(e.Text) : null;
                    var row = e with
                    {
                        IdempotencyKey = send?.Key ?? e.IdempotencyKey,
                        Channel = e.Channel ?? send?.Channel,
                        Hcp = e.Hcp ?? send?.Hcp,
                        Segment = e.Segment ?? send?.Segment,
                    };
                    var pieceRef = send?.PieceRef ?? e.Piece;
                    if (!Insert(row, pieceRef, analysis, receivedAt))
                    {
                        duplicates++;
                        continue;
                    }

                    accepted++;
                    attributed += send is null ? 0 : 1;
                    aggregate.Add(row, Day(row.OccurredAt), pieceRef, analysis is null ? "" : analysis.Sentiment.ToString().ToLowerInvariant());
                    if (analysis?.AdverseEvent is { } signal)
                    {
                        adverse++;
                        Flag(row, pieceRef, signal, receivedAt);
                    }
                }

                // Once per row of the aggregates rather than per event: most events of a batch share a day, piece and segment.
                AddToDays(aggregate);
                AddDoctors(aggregate);
            });
            _database.Flush();
        }

        return Task.FromResult(new EngagementIngestResult(accepted, duplicates, attributed, adverse));
    }

    /// <summary>The send reference's condition ($a hcp, $b channel, $c piece, $d the event's time): the latest send by then, else the first.</summary>
    internal const string ByReference =
        "hcp = $a AND +channel = $b AND +piece_ref = $c AND sent_at IS NOT NULL ORDER BY sent_at <= $d DESC, CASE WHEN sent_at <= $d THEN sent_at END DESC, sent_at";

    private (string Key, string Channel, string Hcp, string? Segment, string PieceRef)? Attribute(EngagementEvent e)
    {
        if (e.IdempotencyKey is not null && Send("idempotency_key = $a", e.IdempotencyKey) is { } byKey)
        {
            return byKey;
        }

        if (e.MessageId is not null && e.Channel is not null && Send("external_id = $a AND channel = $b", e.MessageId, e.Channel) is { } byMessage)
        {
            return byMessage;
        }

        // The send reference: the latest send of the piece to the doctor on the channel sent by the event's time; an
        // event earlier than every send (clock skew between platforms) goes to the first. The unary + keeps SQLite off
        // the channel index (channel, sent_at), which it otherwise picks and then reads every send of the channel per
        // event; a doctor has few sends, so the hcp index is the one to search.
        return e.Piece is not null && e.Hcp is not null && e.Channel is not null
            ? Send(ByReference, e.Hcp, e.Channel, e.Piece, Time(e.OccurredAt))
            : null;
    }

    private (string Key, string Channel, string Hcp, string? Segment, string PieceRef)? Send(string where, params string[] values)
    {
        var names = new[] { "$a", "$b", "$c", "$d" }[..values.Length];
        var command = _database.Command($"SELECT idempotency_key, channel, hcp, segment, piece_ref FROM sends WHERE {where} LIMIT 1;", names);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[names[i]].Value = values[i];
        }

        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)) : null;
    }

    private bool Insert(EngagementEvent e, string? pieceRef, CommentAnalysis? analysis, DateTimeOffset receivedAt)
    {
        var command = _database.Command(
            "INSERT OR IGNORE INTO engagement_events VALUES ($id, $type, $at, $received, $key, $message, $channel, $hcp, $piece, $campaign, $segment, $region, $read, $dwell, $sentiment, $text, $team);",
            "$id", "$type", "$at", "$received", "$key", "$message", "$channel", "$hcp", "$piece", "$campaign", "$segment", "$region", "$read", "$dwell", "$sentiment", "$text", "$team");
        var p = command.Parameters;
        p["$id"].Value = e.Id;
        p["$type"].Value = e.Type.Name();
        p["$at"].Value = Time(e.OccurredAt);
        p["$received"].Value = Time(receivedAt);
        p["$key"].Value = Db(e.IdempotencyKey);
        p["$message"].Value = Db(e.MessageId);
        p["$channel"].Value = Db(e.Channel);
        p["$hcp"].Value = Db(e.Hcp);
        p["$piece"].Value = Db(pieceRef);
        p["$campaign"].Value = Db(e.Campaign);
        p["$segment"].Value = Db(e.Segment);
        p["$region"].Value = Db(e.Region);
        p["$read"].Value = (object?)e.ReadThrough ?? DBNull.Value;
        p["$dwell"].Value = (object?)e.DwellSeconds ?? DBNull.Value;
        p["$sentiment"].Value = analysis is null ? DBNull.Value : analysis.Sentiment.ToString().ToLowerInvariant();
        p["$text"].Value = Db(e.Text);
        p["$team"].Value = Db(e.Team);
        return _database.Write(command) == 1;
    }

    private void AddToDays(EngagementBatchAggregate aggregate)
    {
        var command = _database.Command(
            "INSERT INTO engagement_daily (day, campaign, channel, segment, region, type, events, read_through, dwell_seconds, piece, team, sentiment) "
            + "VALUES ($day, $campaign, $channel, $segment, $region, $type, $events, $read, $dwell, $piece, $team, $sentiment) "
            + $"ON CONFLICT ({EngagementSql.DailyKey}) DO UPDATE SET events = events + excluded.events, "
            + "read_through = read_through + excluded.read_through, dwell_seconds = dwell_seconds + excluded.dwell_seconds;",
            "$day", "$campaign", "$channel", "$segment", "$region", "$type", "$events", "$read", "$dwell", "$piece", "$team", "$sentiment");
        foreach (var (key, sums) in aggregate.Days)
        {
            command.Parameters["$day"].Value = key.Day;
            Bind(command, key, sums, "$");
            _database.Write(command);
        }

        var totals = _database.Command(EngagementSql.AddToTotals, "@campaign", "@piece", "@channel", "@segment", "@region", "@team", "@type", "@sentiment", "@events", "@read", "@dwell");
        foreach (var (key, sums) in aggregate.Totals())
        {
            Bind(totals, key, sums, "@");
            _database.Write(totals);
        }
    }

    private static void Bind(SqliteCommand command, EngagementBatchAggregate.DayKey key, EngagementBatchAggregate.Sums sums, string prefix)
    {
        var p = command.Parameters;
        p[prefix + "campaign"].Value = key.Campaign;
        p[prefix + "channel"].Value = key.Channel;
        p[prefix + "segment"].Value = key.Segment;
        p[prefix + "region"].Value = key.Region;
        p[prefix + "type"].Value = key.Type;
        p[prefix + "events"].Value = sums.Events;
        p[prefix + "read"].Value = sums.ReadThrough;
        p[prefix + "dwell"].Value = sums.DwellSeconds;
        p[prefix + "piece"].Value = key.Piece;
        p[prefix + "team"].Value = key.Team;
        p[prefix + "sentiment"].Value = key.Sentiment;
    }

    private void AddDoctors(EngagementBatchAggregate aggregate)
    {
        var command = _database.Command(EngagementSql.InsertHcp("min"), "@campaign", "@piece", "@channel", "@type", "@hcp", "@segment", "@region", "@team", "@day");
        var p = command.Parameters;
        foreach (var (key, doctor) in aggregate.Doctors)
        {
            p["@campaign"].Value = key.Campaign;
            p["@piece"].Value = key.Piece;
            p["@channel"].Value = key.Channel;
            p["@type"].Value = key.Type;
            p["@hcp"].Value = key.Hcp;
            p["@segment"].Value = doctor.Segment;
            p["@region"].Value = doctor.Region;
            p["@team"].Value = doctor.Team;
            p["@day"].Value = doctor.FirstDay;
            _database.Write(command);
        }
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public Task<IReadOnlyList<EngagedHcp>> HcpsAsync(CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command($"SELECT {EngagementSql.HcpColumns} FROM engagement_hcps;");
            var rows = new List<EngagedHcp>();
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            string S(SqliteDataReader r, int i)
            {
                var value = r.GetString(i);
                return strings.TryGetValue(value, out var shared) ? shared : strings[value] = value;
            }

            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add(new EngagedHcp(S(r, 0), S(r, 1), S(r, 2), S(r, 5), S(r, 6), S(r, 7), S(r, 3), r.GetString(4))
                {
                    FirstDay = DateOnly.ParseExact(r.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
            }

            return Task.FromResult<IReadOnlyList<EngagedHcp>>(rows);
        }
    }

    public Task<CampaignEngagement> CampaignAsync(CampaignScope scope, IEnumerable<string?> channels, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            // Microsoft.Data.Sqlite runs its async methods synchronously, so this completes inside the gate.
            return Task.FromResult(EngagementAggregation.CampaignAsync(_database.Adhoc, scope, channels, cancellationToken).GetAwaiter().GetResult());
        }
    }

    public Task<IReadOnlyList<DoctorGroup>> DoctorGroupsAsync(CampaignScope scope, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            return Task.FromResult(EngagementAggregation.DoctorGroupsAsync(_database.Adhoc, scope, cancellationToken).GetAwaiter().GetResult());
        }
    }

    public Task<IReadOnlyList<ReachedUnits>> ReachedAsync(CampaignScope scope, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            return Task.FromResult(EngagementAggregation.ReachedAsync(_database.Adhoc, scope, cancellationToken).GetAwaiter().GetResult());
        }
    }

    private void Flag(EngagementEvent e, string? pieceRef, AdverseEventSignal signal, DateTimeOffset flaggedAt)
    {
        var command = _database.Command(
            "INSERT OR IGNORE INTO adverse_event_flags VALUES ($id, $at, $flagged, $channel, $hcp, $piece, $campaign, $product, $symptoms, $serious, $text);",
            "$id", "$at", "$flagged", "$channel", "$hcp", "$piece", "$campaign", "$product", "$symptoms", "$serious", "$text");
        var p = command.Parameters;
        p["$id"].Value = e.Id;
        p["$at"].Value = Time(e.OccurredAt);
        p["$flagged"].Value = Time(flaggedAt);
        p["$channel"].Value = Db(e.Channel);
        p["$hcp"].Value = Db(e.Hcp);
        p["$piece"].Value = Db(pieceRef);
        p["$campaign"].Value = Db(e.Campaign);
        p["$product"].Value = Db(signal.Product);
        p["$symptoms"].Value = string.Join("、", signal.Symptoms);
        p["$serious"].Value = signal.Serious ? 1 : 0;
        p["$text"].Value = e.Text ?? "";
        _database.Write(command);
    }

    public Task<IReadOnlyList<DailyEngagement>> DailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command(
                "SELECT day, campaign, channel, segment, region, type, events, read_through, dwell_seconds, piece, team, sentiment FROM engagement_daily "
                + $"WHERE day >= $a AND day <= $b ORDER BY {EngagementSql.DailyKey};",
                "$a", "$b");
            command.Parameters["$a"].Value = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            command.Parameters["$b"].Value = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var rows = new List<DailyEngagement>();
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add(new DailyEngagement(DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.GetDouble(7), r.GetDouble(8))
                {
                    Piece = r.GetString(9),
                    Team = r.GetString(10),
                    Sentiment = r.GetString(11),
                });
            }

            return Task.FromResult<IReadOnlyList<DailyEngagement>>(rows);
        }
    }

    public Task<IReadOnlyList<AdverseEventFlag>> AdverseEventsAsync(CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command("SELECT event_id, occurred_at, flagged_at, channel, hcp, piece_ref, campaign, product, symptoms, serious, text FROM adverse_event_flags ORDER BY occurred_at, event_id;");
            var rows = new List<AdverseEventFlag>();
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add(new AdverseEventFlag(r.GetString(0), Parse(r.GetString(1)), Parse(r.GetString(2)), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), r.GetString(8), r.GetInt32(9) == 1, r.GetString(10)));
            }

            return Task.FromResult<IReadOnlyList<AdverseEventFlag>>(rows);
        }
    }

    public Task<IReadOnlyList<StoredComment>> CommentsAsync(CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command("SELECT event_id, occurred_at, campaign, piece_ref, channel, sentiment, text FROM engagement_events WHERE type = 'comment' AND text IS NOT NULL ORDER BY occurred_at, event_id;");
            var rows = new List<StoredComment>();
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add(new StoredComment(r.GetString(0), Parse(r.GetString(1)), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(6)));
            }

            return Task.FromResult<IReadOnlyList<StoredComment>>(rows);
        }
    }

    /// <summary>Changes whenever an event is stored: the count and the latest receipt time of the raw events.</summary>
    public string Watermark()
    {
        lock (_database.Gate)
        {
            return Convert.ToString(_database.Scalar("SELECT COUNT(*) || ':' || COALESCE(MAX(received_at), '') FROM engagement_events;"), CultureInfo.InvariantCulture) ?? "";
        }
    }

    public Task<IReadOnlyList<StoredSendOutcome>> SendOutcomesAsync(CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command(SendOutcomeSql.Query);
            var rows = new List<StoredSendOutcome>();
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add(new StoredSendOutcome(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Parse(r.GetString(5)), r.GetInt64(6) == 1));
            }

            return Task.FromResult<IReadOnlyList<StoredSendOutcome>>(rows);
        }
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command("DELETE FROM engagement_events WHERE occurred_at < $a;", "$a");
            command.Parameters["$a"].Value = Time(before);
            var deleted = _database.Write(command);
            _database.Flush();
            return Task.FromResult(deleted);
        }
    }

    private static object Db(string? value) => (object?)value ?? DBNull.Value;

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
