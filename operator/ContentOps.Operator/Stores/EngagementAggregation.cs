using System.Data.Common;
using System.Globalization;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;

namespace ContentOps.Operator.Stores;

/// <summary>
/// A campaign's engagement aggregated in SQL, the same statements on SQLite and PostgreSQL: the day-less totals
/// (engagement_totals) and the distinct doctors per type with one pass over the campaign's doctor rows grouped by
/// doctor (Campaign.status); for the metrics, the distinct doctors per label set and the reached units. Only the campaign keys that hold rows are queried, so the
/// usual campaign (one key) reads its doctors in index order without sorting them.
/// </summary>
internal static class EngagementAggregation
{
    /// <param name="command">Creates a command for the SQL on the store's connection (the caller's transaction, if any).</param>
    public static async Task<CampaignEngagement> CampaignAsync(Func<string, DbCommand> command, CampaignScope scope, IEnumerable<string?> channels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var keys = channels.Select(c => string.IsNullOrEmpty(c) ? CampaignEngagement.AllChannels : c).Append(CampaignEngagement.AllChannels).Distinct(StringComparer.Ordinal).ToList();
        var counts = await TotalsAsync(command, await DeclaredAsync(command, scope, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var present = Scope.Present(counts);
        var doctors = new Dictionary<string, IReadOnlyDictionary<string, DoctorTally>>(StringComparer.Ordinal);
        foreach (var channel in keys)
        {
            doctors[channel] = present.IsEmpty
                ? new Dictionary<string, DoctorTally>(StringComparer.Ordinal)
                : await DoctorsAsync(command, present, channel.Length == 0 ? null : scope.ChannelNames(channel), cancellationToken).ConfigureAwait(false);
        }

        return new CampaignEngagement(CampaignEngagement.Ordered(counts), doctors);
    }

    /// <summary>The campaign's distinct doctors per channel × segment × region × team × type (the doctor gauges).</summary>
    public static async Task<IReadOnlyList<DoctorGroup>> DoctorGroupsAsync(Func<string, DbCommand> command, CampaignScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var present = Scope.Present(await TotalsAsync(command, await DeclaredAsync(command, scope, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
        return present.IsEmpty ? [] : CampaignEngagement.Ordered(await GroupsAsync(command, present, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The campaign's reached units per channel × segment × first day × engaged (predicted versus actual).</summary>
    public static async Task<IReadOnlyList<ReachedUnits>> ReachedAsync(Func<string, DbCommand> command, CampaignScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var present = Scope.Present(await TotalsAsync(command, await DeclaredAsync(command, scope, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
        if (present.IsEmpty)
        {
            return [];
        }

        var parameters = new List<(string, object)>();
        var open = new List<string>();
        await using (var channels = Create(command, $"SELECT DISTINCT channel FROM engagement_hcps WHERE {present.Where("", parameters)} AND type = 'opened';", parameters))
        await using (var r = await channels.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                open.Add(r.GetString(0));
            }
        }

        parameters.Clear();
        var acted = open.Count == 0 ? "'clicked'" : $"CASE WHEN d.channel IN ({string.Join(", ", open.Select(c => Add(parameters, c)))}) THEN 'opened' ELSE 'clicked' END";
        var sql = "SELECT d.channel, d.segment, d.first_day, CASE WHEN EXISTS (SELECT 1 FROM engagement_hcps a WHERE "
            + $"{present.Where("a.", parameters)} AND a.piece = d.piece AND a.channel = d.channel AND a.type = {acted} AND a.hcp = d.hcp) THEN 1 ELSE 0 END AS engaged, COUNT(*) "
            + $"FROM engagement_hcps d WHERE {present.Where("d.", parameters)} AND d.type = 'delivered' GROUP BY d.channel, d.segment, d.first_day, engaged;";
        var units = new List<ReachedUnits>();
        await using var query = Create(command, sql, parameters);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            units.Add(new ReachedUnits(reader.GetString(0), reader.GetString(1), Day(reader.GetString(2)), Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture) == 1,
                Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }

        return [.. units.OrderBy(u => u.Channel, StringComparer.Ordinal).ThenBy(u => u.Segment, StringComparer.Ordinal).ThenBy(u => u.Day).ThenBy(u => u.Engaged)];
    }

    /// <summary>
    /// The campaign's keys, and of its pieces only those that hold rows naming no campaign: a campaign of thousands of
    /// pieces would otherwise put every piece into the SQL as a parameter on each measurement, even with no events.
    /// </summary>
    private static async Task<Scope> DeclaredAsync(Func<string, DbCommand> command, CampaignScope scope, CancellationToken cancellationToken)
    {
        var loose = new HashSet<string>(StringComparer.Ordinal);
        await using (var query = Create(command, "SELECT DISTINCT piece FROM engagement_totals WHERE campaign = '';", []))
        await using (var r = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                loose.Add(r.GetString(0));
            }
        }

        return new([.. new[] { scope.Ref, scope.Name }.Distinct(StringComparer.Ordinal)], [.. scope.Pieces.Where(loose.Contains).Order(StringComparer.Ordinal)]);
    }

    private static async Task<List<EngagementCount>> TotalsAsync(Func<string, DbCommand> command, Scope scope, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, object)>();
        var sql = $"SELECT {EngagementSql.TotalsKey}, events, read_through FROM engagement_totals WHERE {scope.Where("", parameters)};";
        var rows = new List<EngagementCount>();
        await using var query = Create(command, sql, parameters);
        await using var r = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new EngagementCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                Convert.ToInt64(r.GetValue(8), CultureInfo.InvariantCulture), Convert.ToDouble(r.GetValue(9), CultureInfo.InvariantCulture))
            { Sentiment = r.GetString(7) });
        }

        return rows;
    }

    /// <summary>
    /// One row per doctor (GROUP BY hcp) with a 0/1 flag per type and whether the doctor was reached, then summed: the
    /// distinct doctors per type and how many of them were reached, in one pass.
    /// </summary>
    private static async Task<Dictionary<string, DoctorTally>> DoctorsAsync(Func<string, DbCommand> command, Scope scope, IReadOnlyList<string>? channelNames, CancellationToken cancellationToken)
    {
        var types = EngagementEventTypes.Names.Order(StringComparer.Ordinal).ToList();
        var parameters = new List<(string, object)>();
        var flags = string.Join(", ", types.Select((t, i) => $"MAX(CASE WHEN type = '{t}' THEN 1 ELSE 0 END) AS f{i}"));
        var sums = string.Join(", ", types.Select((_, i) => $"SUM(f{i}), SUM(f{i} * reached)"));
        var channel = channelNames is null ? "" : $" AND channel IN ({string.Join(", ", channelNames.Select(c => Add(parameters, c)))})";
        var sql = $"SELECT {sums} FROM (SELECT hcp, MAX(CASE WHEN type = 'delivered' THEN 1 ELSE 0 END) AS reached, {flags} "
            + $"FROM engagement_hcps WHERE {scope.Where("", parameters)}{channel} GROUP BY hcp) AS doctors;";
        var tallies = new Dictionary<string, DoctorTally>(StringComparer.Ordinal);
        await using var query = Create(command, sql, parameters);
        await using var r = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < types.Count; i++)
            {
                var doctors = r.IsDBNull(2 * i) ? 0 : Convert.ToInt64(r.GetValue(2 * i), CultureInfo.InvariantCulture);
                if (doctors > 0)
                {
                    tallies[types[i]] = new DoctorTally(doctors, Convert.ToInt64(r.GetValue((2 * i) + 1), CultureInfo.InvariantCulture));
                }
            }
        }

        return tallies;
    }

    private static async Task<List<DoctorGroup>> GroupsAsync(Func<string, DbCommand> command, Scope scope, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, object)>();
        var sql = "SELECT channel, segment, region, team, type, COUNT(DISTINCT hcp) FROM engagement_hcps "
            + $"WHERE {scope.Where("", parameters)} GROUP BY channel, segment, region, team, type;";
        var groups = new List<DoctorGroup>();
        await using var query = Create(command, sql, parameters);
        await using var r = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            groups.Add(new DoctorGroup(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return groups;
    }

    private static DbCommand Create(Func<string, DbCommand> command, string sql, List<(string Name, object Value)> parameters)
    {
        var created = command(sql);
        foreach (var (name, value) in parameters)
        {
            var parameter = created.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            created.Parameters.Add(parameter);
        }

        return created;
    }

    private static string Add(List<(string Name, object Value)> parameters, string value)
    {
        var name = $"@v{parameters.Count}";
        parameters.Add((name, value));
        return name;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The rows of a campaign: those naming one of <see cref="Campaigns"/>, and those naming none whose piece is one of
    /// <see cref="Pieces"/> (<see cref="CampaignScope"/> as SQL).
    /// </summary>
    private sealed record Scope(IReadOnlyList<string> Campaigns, IReadOnlyList<string> Pieces)
    {
        public bool IsEmpty => Campaigns.Count == 0 && Pieces.Count == 0;

        /// <summary>Only the keys that hold rows: one campaign key becomes an equality, which the indexes serve in order.</summary>
        public static Scope Present(IEnumerable<EngagementCount> counts)
        {
            var list = counts as IReadOnlyCollection<EngagementCount> ?? [.. counts];
            return new([.. list.Where(c => c.Campaign.Length > 0).Select(c => c.Campaign).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. list.Where(c => c.Campaign.Length == 0).Select(c => c.Piece).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        }

        public string Where(string alias, List<(string Name, object Value)> parameters)
        {
            var terms = Campaigns.Select(c => $"{alias}campaign = {Add(parameters, c)}").ToList();
            if (Pieces.Count > 0)
            {
                terms.Add($"({alias}campaign = '' AND {alias}piece IN ({string.Join(", ", Pieces.Select(p => Add(parameters, p)))}))");
            }

            return terms.Count == 0 ? "1 = 0" : $"({string.Join(" OR ", terms)})";
        }
    }
}
