using System.Globalization;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// Plans per-HCP sends for every live piece: for each piece (earliest first), each HCP of its audience segments
/// and each of its channels that reaches HCPs one by one, either a <see cref="PlannedSend"/> or a
/// <see cref="SkippedSend"/> with the reason. Hard rules, in order: the channel reaches the audience role; verified
/// identity for prescription-drug content; consent for the channel (valid at the send time); a contact point; not
/// already sent; quiet hours (deferred to their end); the piece's and campaign's schedule; WeChat's 4 per calendar
/// month; the channel's frequency cap; the campaign's cross-channel cap. Caps count sends already made and
/// everything planned before. Pure and deterministic: no clock, no I/O.
/// </summary>
public static partial class SendPlanner
{
    /// <summary>Plans into a list.</summary>
    public static SendPlan Plan(SendPlanInput input)
    {
        var plan = new SendPlan();
        Plan(input, plan);
        return plan;
    }

    /// <summary>Plans, handing each decision to <paramref name="sink"/> as it is made.</summary>
    public static void Plan(SendPlanInput input, ISendPlanSink sink)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        var channels = new Dictionary<string, CompiledChannel>(StringComparer.Ordinal);
        foreach (var (key, spec) in input.Channels.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            channels[key] = new CompiledChannel(channels.Count, key[..slash], key[(slash + 1)..], spec);
        }
        var byIndex = channels.Values.OrderBy(c => c.Index).ToArray();
        var campaigns = input.Campaigns.Keys.Order(StringComparer.Ordinal).Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var campaignCaps = input.Campaigns.ToDictionary(
            c => c.Key, c => CapWindow.From(c.Value.FrequencyCap, c.Value.Schedule?.TimeZone), StringComparer.Ordinal);
        var pieceCampaign = input.Pieces.ToDictionary(p => p.Ref.ToString(), p => SendPlanInput.Key(p.Ref.Namespace, p.Spec.Campaign), StringComparer.Ordinal);

        var state = new SendLedgerState();
        foreach (var sent in input.History)
        {
            if (!channels.TryGetValue(SendPlanInput.Key(sent.Piece.Namespace, sent.Channel), out var channel))
            {
                continue;
            }
            var campaign = CampaignOf(sent, channel, pieceCampaign, input.Campaigns);
            state.Add(sent.Hcp, channel.Index, campaign is null ? null : campaigns[campaign], sent.SentAt);
            state.RecordHistory(sent.Hcp, sent.Piece.ToString(), channel.Index, sent.ContentDigest);
        }

        var audiences = new Dictionary<string, AudienceIndex>(StringComparer.Ordinal);
        var ordered = input.Pieces
            .Select(p => (Piece: p, Start: Start(p, input)))
            .OrderBy(p => p.Start).ThenBy(p => p.Piece.Ref.Namespace, StringComparer.Ordinal).ThenBy(p => p.Piece.Ref.Name, StringComparer.Ordinal);
        foreach (var (piece, start) in ordered)
        {
            var campaignKey = SendPlanInput.Key(piece.Ref.Namespace, piece.Spec.Campaign);
            var campaign = input.Campaigns.GetValueOrDefault(campaignKey);
            var audienceName = piece.Spec.Audience.Audience ?? campaign?.Audience.Audience;
            if (piece.Spec.Audience.Role != "hcp" || audienceName is null
                || !input.Audiences.TryGetValue(SendPlanInput.Key(piece.Ref.Namespace, audienceName), out var audience))
            {
                continue;
            }
            var audienceKey = SendPlanInput.Key(piece.Ref.Namespace, audienceName);
            var index = audiences.TryGetValue(audienceKey, out var known) ? known : audiences[audienceKey] = new AudienceIndex(audience);
            var context = new PieceContext(piece, start, campaign, campaigns.TryGetValue(campaignKey, out var ci) ? ci : null,
                campaignCaps.GetValueOrDefault(campaignKey), audience, index);
            var perHcp = piece.Spec.Channels
                .Select(name => channels.GetValueOrDefault(SendPlanInput.Key(piece.Ref.Namespace, name)))
                .Where(c => c?.ConsentChannel is not null).Select(c => c!).Distinct().ToArray();
            if (context.OneChannel)
            {
                PlanBestChannel(context, perHcp, byIndex, state, sink, input.Chooser);
                continue;
            }
            foreach (var channel in perHcp)
            {
                PlanChannel(context, channel, state, sink, input.Chooser);
            }
        }
    }

    private static void PlanChannel(PieceContext piece, CompiledChannel channel, SendLedgerState state, ISendPlanSink sink, ISendChooser? chooser)
    {
        foreach (var (i, hcp, segmentName) in Targeted(piece))
        {
            var (candidate, refused) = Check(piece, channel, hcp, state);
            if (candidate is null)
            {
                sink.Skipped(new SkippedSend { Hcp = hcp.Id, Piece = piece.Piece.Ref, Channel = channel.Name, Segment = segmentName, Rule = refused!.Value.Rule, Reason = refused.Value.Reason });
                continue;
            }
            var send = Send(piece, [candidate], i, hcp, segmentName, state, chooser);
            state.Add(hcp.Id, channel.Index, piece.CampaignIndex, send.SendAt);
            sink.Planned(send);
        }
    }

    /// <summary>The HCPs the piece targets (in one of its segments), in id order, with the first matching segment's name.</summary>
    private static IEnumerable<(int Index, HcpProfile Hcp, string? Segment)> Targeted(PieceContext piece)
    {
        var index = piece.Index;
        for (var i = 0; i < index.Profiles.Length; i++)
        {
            var segment = index.FirstSegment(i, piece.SegmentIndices);
            if (segment != AudienceIndex.NotInAudience)
            {
                yield return (i, index.Profiles[i], piece.SegmentName(segment));
            }
        }
    }

    /// <summary>A channel that passed every hard rule for an HCP at its earliest time.</summary>
    private sealed record Candidate(CompiledChannel Channel, ChannelConsent Consent, DateTimeOffset Earliest, bool Deferred);

    /// <summary>The hard rules, in order: the first that fails is the skip; else the channel is a candidate at its earliest allowed time.</summary>
    private static (Candidate? Candidate, (string Rule, string Reason)? Refused) Check(PieceContext piece, CompiledChannel channel, HcpProfile hcp, SendLedgerState state)
    {
        var consentChannel = channel.ConsentChannel!;
        if (!channel.Reaches("hcp") || piece.Audience.Spec.Role != "hcp")
        {
            return Refuse(SkipRules.AudienceRole, $"skipped: {channel.Name} does not reach HCP audiences");
        }
        if (piece.Prescription && !hcp.Verified)
        {
            return Refuse(SkipRules.Verification, "skipped: HCP identity not verified (prescription-drug content)");
        }
        var consent = hcp.ConsentFor(consentChannel);
        if (!consent.OptIn)
        {
            return Refuse(SkipRules.Consent, $"skipped: no {consentChannel} consent");
        }
        if (hcp.AddressFor(consentChannel) is null)
        {
            return Refuse(SkipRules.Address, $"skipped: no {AddressName(consentChannel)} in the profile");
        }
        if (state.AlreadySent(hcp.Id, piece.Key, channel.Index, piece.Piece.ContentDigest))
        {
            return Refuse(SkipRules.AlreadySent, $"skipped: already sent on {channel.Name}");
        }

        var due = piece.Start;
        var sendAt = channel.QuietHours?.Defer(due) ?? due;
        var deferred = sendAt != due;
        sendAt = Zones.InZone(sendAt, channel.Zone);
        return TimeRules(piece, channel, hcp, consent, state, sendAt, deferred) is { } refused
            ? (null, refused)
            : (new Candidate(channel, consent, sendAt, deferred), null);
    }

    private static (Candidate?, (string, string)?) Refuse(string rule, string reason) => (null, (rule, reason));

    /// <summary>
    /// The send to one of <paramref name="candidates"/> (the first unless the chooser picks another option): the
    /// channel, the variant (a segment the HCP is in) and the time, then the reason and the rendition.
    /// </summary>
    private static PlannedSend Send(PieceContext piece, IReadOnlyList<Candidate> candidates, int profile, HcpProfile hcp, string? segment, SendLedgerState state, ISendChooser? chooser)
    {
        var personalized = !hcp.PersonalizationOptOut;
        var (chosen, variant, sendAt) = (candidates[0], segment, candidates[0].Earliest);
        var learned = personalized && chooser is not null ? Choose(chooser, piece, candidates, profile, hcp, segment, state) : null;
        if (learned is not null)
        {
            chosen = candidates.First(c => ChannelKey(c.Channel) == learned.Option.Channel);
            (variant, sendAt) = (learned.Option.Variant, learned.Option.SendAt);
        }

        var channel = chosen.Channel;
        var why = $"segment {variant ?? "(all)"}, {channel.ConsentChannel} consent {Day(chosen.Consent.ConsentAt!.Value)}{(personalized ? "" : ", personalisation opt-out: default variant and send time")}{(learned is null ? "" : "; " + learned.Reason)}";
        return new PlannedSend
        {
            Hcp = hcp.Id,
            Piece = piece.Piece.Ref,
            Channel = channel.Name,
            ChannelType = channel.Spec.Type,
            ConsentChannel = channel.ConsentChannel!,
            Segment = variant,
            SendAt = sendAt,
            Deferred = chosen.Deferred,
            Personalized = personalized,
            Reason = chosen.Deferred ? $"deferred: quiet hours until {channel.QuietHours!.EndText} ({why})" : $"send: {why}",
            ContentDigest = piece.Piece.ContentDigest,
            RenditionDigest = piece.Rendition(channel.Name, personalized ? variant : null),
            ModelVersion = learned is null ? null : chooser!.ModelVersion,
        };
    }

    /// <summary>The time-dependent hard rules at <paramref name="sendAt"/>: schedule end, consent validity, WeChat's monthly limit, caps.</summary>
    private static (string Rule, string Reason)? TimeRules(
        PieceContext piece, CompiledChannel channel, HcpProfile hcp, ChannelConsent consent, SendLedgerState state, DateTimeOffset sendAt, bool deferred)
    {
        var consentChannel = channel.ConsentChannel!;
        if (piece.End is { } end && sendAt >= end)
        {
            return (SkipRules.Schedule, deferred
                ? $"skipped: quiet hours defer the send to {Local(sendAt)}, after the schedule ends ({Local(Zones.InZone(end, channel.Zone))})"
                : $"skipped: the schedule ended at {Local(Zones.InZone(end, channel.Zone))}");
        }
        if (!consent.IsValidAt(sendAt))
        {
            return (SkipRules.Consent, consent.ConsentExpires is { } expires && expires <= sendAt
                ? $"skipped: {consentChannel} consent expired {Day(expires)}"
                : $"skipped: {consentChannel} consent only from {Day(consent.ConsentAt!.Value)}");
        }
        if (channel.WeChatLimit is { } wechat && !wechat.Allows(state.OnChannel(hcp.Id, channel.Index), sendAt))
        {
            return (SkipRules.WeChatMonthlyLimit, $"skipped: WeChat limit of 4 mass messages in {sendAt:yyyy-MM} reached on {channel.Name}");
        }
        if (channel.Cap is { } cap && !cap.Allows(state.OnChannel(hcp.Id, channel.Index), sendAt))
        {
            return (SkipRules.ChannelCap, $"skipped: frequency cap {cap.Text} on {channel.Name} reached ({Times(cap.Neighbours(state.OnChannel(hcp.Id, channel.Index), sendAt))})");
        }
        if (piece.CampaignCap is { } campaignCap && piece.CampaignIndex is { } ci && !campaignCap.Allows(state.InCampaign(hcp.Id, ci), sendAt))
        {
            return (SkipRules.CampaignCap, $"skipped: campaign {piece.Piece.Spec.Campaign} cross-channel cap {campaignCap.Text} reached ({Times(campaignCap.Neighbours(state.InCampaign(hcp.Id, ci), sendAt))})");
        }
        return null;
    }

    /// <summary>The earliest whole hour (local) the allocator may move a send to.</summary>
    public const int FirstLearnedHour = 7;

    /// <summary>The latest whole hour (local) the allocator may move a send to.</summary>
    public const int LastLearnedHour = 22;

    private static string? CampaignOf(SendRecord sent, CompiledChannel channel, Dictionary<string, string> pieceCampaign, IReadOnlyDictionary<string, CampaignSpec> campaigns)
    {
        if (pieceCampaign.TryGetValue(sent.Piece.ToString(), out var campaign))
        {
            return campaign;
        }
        // A piece no longer declared still counts against the campaigns that use its channel.
        return campaigns.Where(c => c.Key.StartsWith(channel.Namespace + "/", StringComparison.Ordinal) && c.Value.Channels.Contains(channel.Name))
            .Select(c => c.Key).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static DateTimeOffset Start(DistributionPiece piece, SendPlanInput input)
    {
        var start = input.Now;
        if (piece.Spec.Schedule?.PublishAt is { } publishAt && publishAt > start)
        {
            start = publishAt;
        }
        if (input.Campaigns.GetValueOrDefault(SendPlanInput.Key(piece.Ref.Namespace, piece.Spec.Campaign))?.Schedule?.Start is { } campaignStart && campaignStart > start)
        {
            start = campaignStart;
        }
        return start;
    }

    private static string AddressName(string consentChannel) => consentChannel switch
    {
        ConsentChannels.WeChat => "WeChat openId",
        ConsentChannels.Email => "email address",
        _ => "mobile number",
    };

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Times(IEnumerable<DateTimeOffset> times) => string.Join(", ", times.Select(Local));
}
