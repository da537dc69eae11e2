using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Core.Distribution.Planning;

public static partial class SendPlanner
{
    /// <summary>
    /// <c>distribution.channels: best</c>: for each HCP every channel of the piece goes through the hard rules, and one
    /// of those that pass is sent (the chooser's pick, else the first in the piece's order); the others are skipped
    /// naming it. Once the content went to (or was attempted on) one channel, only that channel stays possible, so a
    /// send that later fails is never silently repeated elsewhere.
    /// </summary>
    private static void PlanBestChannel(PieceContext piece, CompiledChannel[] channels, CompiledChannel[] all, SendLedgerState state, ISendPlanSink sink, ISendChooser? chooser)
    {
        var candidates = new List<Candidate>(channels.Length);
        var refused = new (string Rule, string Reason)?[channels.Length];
        foreach (var (i, hcp, segmentName) in Targeted(piece))
        {
            var committed = Committed(piece, all, hcp, state);
            candidates.Clear();
            for (var c = 0; c < channels.Length; c++)
            {
                var (candidate, refusal) = Check(piece, channels[c], hcp, state);
                refused[c] = refusal;
                if (candidate is not null && (committed is null || committed == channels[c].Name))
                {
                    candidates.Add(candidate);
                }
            }

            var send = candidates.Count == 0 ? null : Send(piece, candidates, i, hcp, segmentName, state, chooser);
            for (var c = 0; c < channels.Length; c++)
            {
                var channel = channels[c];
                if (send is not null && channel.Name == send.Channel)
                {
                    state.Add(hcp.Id, channel.Index, piece.CampaignIndex, send.SendAt);
                    sink.Planned(send);
                    continue;
                }
                var (rule, reason) = refused[c] ?? (SkipRules.ChannelChoice, OtherChannel(committed, send!, candidates.Count, chooser));
                sink.Skipped(new SkippedSend { Hcp = hcp.Id, Piece = piece.Piece.Ref, Channel = channel.Name, Segment = segmentName, Rule = rule, Reason = reason });
            }
        }
    }

    /// <summary>Why a channel the rules allow was not used: the channel already holding this content, or the chosen one.</summary>
    private static string OtherChannel(string? committed, PlannedSend send, int candidates, ISendChooser? chooser)
    {
        const string Prefix = "skipped: one channel per HCP (distribution.channels: best)";
        if (committed is not null)
        {
            return $"{Prefix}: this content already went to (or was attempted on) {committed}";
        }
        return send.ModelVersion is not null && candidates > 1
            ? $"{Prefix}: {send.Channel} chosen by {chooser!.ModelVersion}"
            : $"{Prefix}: {send.Channel}, the first allowed of the piece's channels{(send.Personalized ? "" : " (personalisation opt-out)")}";
    }

    /// <summary>The channel that already holds this content for the HCP: the piece's ledger entries, else the sends made (on any channel).</summary>
    private static string? Committed(PieceContext piece, CompiledChannel[] all, HcpProfile hcp, SendLedgerState state) =>
        piece.Piece.Committed.TryGetValue(hcp.Id, out var channel) ? channel
        : state.SentOn(hcp.Id, piece.Key, piece.Piece.ContentDigest) is { } index ? all[index].Name
        : null;

    /// <summary>The chooser's pick among every allowed option, or null (fewer than two options, no pick, or a pick outside them: the rules win).</summary>
    private static SendChoice? Choose(ISendChooser chooser, PieceContext piece, IReadOnlyList<Candidate> candidates, int profile, HcpProfile hcp, string? segment, SendLedgerState state)
    {
        var options = new List<SendOption>();
        foreach (var candidate in candidates)
        {
            var key = ChannelKey(candidate.Channel);
            var times = AllowedTimes(piece, candidate, hcp, state);
            foreach (var variant in Variants(piece, candidate.Channel, profile, segment))
            {
                options.AddRange(times.Select(t => new SendOption(key, variant, t)));
            }
        }

        if (options.Count < 2)
        {
            return null;
        }

        var choice = chooser.Choose(new SendChoiceRequest(hcp.Id, piece.Piece.Ref, segment, options));
        return choice is not null && options.Contains(choice.Option) ? choice : null;
    }

    /// <summary>
    /// The variants the HCP may get on the channel: the first matching segment's (the default), then every other
    /// segment of the piece the HCP is in that has a rendition of its own on the channel.
    /// </summary>
    private static IReadOnlyList<string?> Variants(PieceContext piece, CompiledChannel channel, int profile, string? segment)
    {
        if (segment is null || piece.SegmentIndices is not { Length: > 1 } segments)
        {
            return [segment];
        }
        List<string?> variants = [segment];
        foreach (var other in piece.Index.Matching(profile, segments))
        {
            var name = piece.SegmentName(other);
            if (name is not null && name != segment && piece.HasVariant(channel.Name, name))
            {
                variants.Add(name);
            }
        }
        return variants;
    }

    /// <summary>
    /// The times every rule allows on the send's local day: the earliest, then every later whole hour from
    /// <see cref="FirstLearnedHour"/> to <see cref="LastLearnedHour"/> outside quiet hours that passes every time rule.
    /// </summary>
    private static List<DateTimeOffset> AllowedTimes(PieceContext piece, Candidate candidate, HcpProfile hcp, SendLedgerState state)
    {
        var (channel, earliest) = (candidate.Channel, candidate.Earliest);
        var allowed = new List<DateTimeOffset> { earliest };
        var local = Zones.InZone(earliest, channel.Zone);
        for (var hour = Math.Max(local.Hour + 1, FirstLearnedHour); hour <= LastLearnedHour; hour++)
        {
            var at = Zones.InZone(new DateTimeOffset(local.Date.AddHours(hour), local.Offset), channel.Zone);
            if (at > earliest && at.Date == local.Date && channel.QuietHours?.Contains(at) != true
                && TimeRules(piece, channel, hcp, candidate.Consent, state, at, false) is null)
            {
                allowed.Add(at);
            }
        }
        return allowed;
    }

    private static string ChannelKey(CompiledChannel channel) => $"{channel.Namespace}/{channel.Name}";
}
