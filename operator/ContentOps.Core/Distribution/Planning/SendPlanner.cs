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
public static class SendPlanner
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
            foreach (var channelName in piece.Spec.Channels)
            {
                if (channels.TryGetValue(SendPlanInput.Key(piece.Ref.Namespace, channelName), out var channel) && channel.ConsentChannel is not null)
                {
                    PlanChannel(context, channel, state, sink, input.SendTimes);
                }
            }
        }
    }

    private static void PlanChannel(PieceContext piece, CompiledChannel channel, SendLedgerState state, ISendPlanSink sink, ISendTimeChooser? chooser)
    {
        var segments = piece.SegmentIndices;
        var index = piece.Index;
        for (var i = 0; i < index.Profiles.Length; i++)
        {
            var segment = index.FirstSegment(i, segments);
            if (segment == AudienceIndex.NotInAudience)
            {
                continue;
            }
            var hcp = index.Profiles[i];
            var segmentName = segment < 0 ? null : piece.Audience.Spec.Segments[segment].Name;
            var (send, rule, reason) = Decide(piece, channel, hcp, segmentName, state, chooser);
            if (send is not null)
            {
                state.Add(hcp.Id, channel.Index, piece.CampaignIndex, send.SendAt);
                sink.Planned(send);
            }
            else
            {
                sink.Skipped(new SkippedSend { Hcp = hcp.Id, Piece = piece.Piece.Ref, Channel = channel.Name, Segment = segmentName, Rule = rule!, Reason = reason! });
            }
        }
    }

    private static (PlannedSend? Send, string? Rule, string? Reason) Decide(
        PieceContext piece, CompiledChannel channel, HcpProfile hcp, string? segment, SendLedgerState state, ISendTimeChooser? chooser)
    {
        var consentChannel = channel.ConsentChannel!;
        if (!channel.Reaches("hcp") || piece.Audience.Spec.Role != "hcp")
        {
            return Skip(SkipRules.AudienceRole, $"skipped: {channel.Name} does not reach HCP audiences");
        }
        if (piece.Prescription && !hcp.Verified)
        {
            return Skip(SkipRules.Verification, "skipped: HCP identity not verified (prescription-drug content)");
        }
        var consent = hcp.ConsentFor(consentChannel);
        if (!consent.OptIn)
        {
            return Skip(SkipRules.Consent, $"skipped: no {consentChannel} consent");
        }
        if (hcp.AddressFor(consentChannel) is null)
        {
            return Skip(SkipRules.Address, $"skipped: no {AddressName(consentChannel)} in the profile");
        }
        if (state.AlreadySent(hcp.Id, piece.Key, channel.Index, piece.Piece.ContentDigest))
        {
            return Skip(SkipRules.AlreadySent, $"skipped: already sent on {channel.Name}");
        }

        var due = piece.Start;
        var sendAt = channel.QuietHours?.Defer(due) ?? due;
        var deferred = sendAt != due;
        sendAt = Zones.InZone(sendAt, channel.Zone);
        if (TimeRules(piece, channel, hcp, consent, state, sendAt, deferred) is { } refused)
        {
            return Skip(refused.Rule, refused.Reason);
        }

        var personalized = !hcp.PersonalizationOptOut;
        var learned = personalized && chooser is not null ? ChooseTime(chooser, piece, channel, hcp, segment, consent, state, sendAt) : null;
        if (learned is not null)
        {
            sendAt = learned.SendAt;
        }

        var why = $"segment {segment ?? "(all)"}, {consentChannel} consent {Day(consent.ConsentAt!.Value)}{(personalized ? "" : ", personalisation opt-out: default variant and send time")}{(learned is null ? "" : "; " + learned.Reason)}";
        var send = new PlannedSend
        {
            Hcp = hcp.Id,
            Piece = piece.Piece.Ref,
            Channel = channel.Name,
            ChannelType = channel.Spec.Type,
            ConsentChannel = consentChannel,
            Segment = segment,
            SendAt = sendAt,
            Deferred = deferred,
            Personalized = personalized,
            Reason = deferred ? $"deferred: quiet hours until {channel.QuietHours!.EndText} ({why})" : $"send: {why}",
            ContentDigest = piece.Piece.ContentDigest,
            RenditionDigest = piece.Rendition(channel.Name, personalized ? segment : null),
            ModelVersion = learned is null ? null : chooser!.ModelVersion,
        };
        return (send, null, null);
    }

    private static (PlannedSend?, string?, string?) Skip(string rule, string reason) => (null, rule, reason);

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

    /// <summary>
    /// The learning allocator's pick among the allowed times of the send's local day: the earliest allowed time and
    /// every later whole hour from <see cref="FirstLearnedHour"/> to <see cref="LastLearnedHour"/> outside quiet hours
    /// that passes every time rule. A pick outside them is ignored (the rules win).
    /// </summary>
    private static SendTimeChoice? ChooseTime(
        ISendTimeChooser chooser, PieceContext piece, CompiledChannel channel, HcpProfile hcp, string? segment, ChannelConsent consent, SendLedgerState state, DateTimeOffset earliest)
    {
        var allowed = new List<DateTimeOffset> { earliest };
        var local = Zones.InZone(earliest, channel.Zone);
        for (var hour = Math.Max(local.Hour + 1, FirstLearnedHour); hour <= LastLearnedHour; hour++)
        {
            var at = Zones.InZone(new DateTimeOffset(local.Date.AddHours(hour), local.Offset), channel.Zone);
            if (at > earliest && at.Date == local.Date && channel.QuietHours?.Contains(at) != true && TimeRules(piece, channel, hcp, consent, state, at, false) is null)
            {
                allowed.Add(at);
            }
        }

        if (allowed.Count < 2)
        {
            return null;
        }

        var choice = chooser.Choose(new SendTimeRequest(hcp.Id, piece.Piece.Ref, $"{channel.Namespace}/{channel.Name}", segment, allowed));
        return choice is not null && allowed.Contains(choice.SendAt) ? choice : null;
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

    /// <summary>A piece with what planning it needs resolved once.</summary>
    private sealed class PieceContext
    {
        private readonly Dictionary<(string, string?), string?> _renditions = [];

        public PieceContext(DistributionPiece piece, DateTimeOffset start, CampaignSpec? campaign, int? campaignIndex, CapWindow? campaignCap, AudienceProfiles audience, AudienceIndex index)
        {
            Piece = piece;
            Key = piece.Ref.ToString();
            Start = start;
            CampaignIndex = campaignIndex;
            CampaignCap = campaignCap;
            Audience = audience;
            Index = index;
            Prescription = campaign?.Product.Type != "otc";
            var expire = piece.Spec.Schedule?.ExpireAt;
            var campaignEnd = campaign?.Schedule?.End;
            End = expire is null ? campaignEnd : campaignEnd is null ? expire : (expire < campaignEnd ? expire : campaignEnd);
            var names = piece.Spec.Audience.Segments is { Count: > 0 } own ? own : campaign?.Audience.Segments;
            SegmentIndices = names is { Count: > 0 } ? index.IndicesOf(names) : null;
        }

        public DistributionPiece Piece { get; }

        public string Key { get; }

        public DateTimeOffset Start { get; }

        /// <summary>The piece's expiry or the campaign's end, whichever is first (sends must be before it).</summary>
        public DateTimeOffset? End { get; }

        public int? CampaignIndex { get; }

        public CapWindow? CampaignCap { get; }

        public AudienceProfiles Audience { get; }

        public AudienceIndex Index { get; }

        /// <summary>Content of a prescription (rx) product: only verified HCPs. Unknown campaigns count as rx (the safe side).</summary>
        public bool Prescription { get; }

        /// <summary>Audience segment indices the piece names, in its order; null for the whole audience.</summary>
        public int[]? SegmentIndices { get; }

        /// <summary>The rendition digest for the channel: the segment's variant, else the default (no segment, or the piece's first segment).</summary>
        public string? Rendition(string channel, string? segment)
        {
            if (_renditions.TryGetValue((channel, segment), out var cached))
            {
                return cached;
            }
            var forChannel = Piece.Renditions.Where(r => r.Channel == channel).ToList();
            var digest = (segment is null ? null : forChannel.FirstOrDefault(r => r.Segment == segment))?.Digest
                ?? forChannel.FirstOrDefault(r => r.Segment is null)?.Digest
                ?? forChannel.FirstOrDefault()?.Digest;
            _renditions[(channel, segment)] = digest;
            return digest;
        }
    }
}
