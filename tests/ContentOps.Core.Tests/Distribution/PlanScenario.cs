using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Core.Tests.Distribution;

/// <summary>Builds send-plan inputs for tests: fixed ones for rule tests, random ones (from a seed) for properties.</summary>
internal static class PlanScenario
{
    public const string Ns = "diabetes";
    public static readonly TimeSpan China = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, China);

    public static readonly Segment[] Segments =
    [
        new() { Name = "tier3", HospitalTiers = ["tier3"] },
        new() { Name = "tier2", HospitalTiers = ["tier2"] },
        new() { Name = "gp", Specialties = ["general-practice"] },
    ];

    public static HcpProfile Hcp(string id, string tier = "tier3", bool verified = true, bool optOut = false,
        ChannelConsent? email = null, ChannelConsent? sms = null, ChannelConsent? wechat = null) => new()
        {
            Id = id,
            Name = "医生" + id,
            Specialty = "endocrinology",
            HospitalTier = tier,
            Verified = verified,
            PersonalizationOptOut = optOut,
            Email = $"{id}@example.com",
            Mobile = "13800000001",
            WeChatOpenId = "o" + id,
            EmailConsent = email ?? Consented,
            SmsConsent = sms ?? Consented,
            WeChatConsent = wechat ?? Consented,
            RepId = "rep-1",
        };

    public static ChannelConsent Consented { get; } = new(true, new DateTimeOffset(2026, 1, 1, 0, 0, 0, China), null);

    public static ChannelTargetSpec Channel(string type, string format, RateLimit? cap = null, QuietHours? quiet = null) => new()
    {
        Type = type,
        Endpoint = "out",
        Formats = [format],
        AllowedAudienceRoles = ["hcp"],
        HcpVerified = true,
        FrequencyCap = cap,
        QuietHours = quiet,
    };

    public static CampaignSpec Campaign(string productType = "rx", RateLimit? cap = null) => new()
    {
        DisplayName = "c",
        Product = new Product { Name = "康力平", GenericName = "澜格列汀片", Type = productType, Indications = ["x"] },
        TherapeuticArea = "endocrinology",
        Audience = new AudienceSelector { Role = "hcp", Audience = "hcps" },
        ClaimLibraries = ["claims"],
        Channels = ["email", "sms", "wechat", "wechat-file"],
        FrequencyCap = cap,
    };

    public static DistributionPiece Piece(string name, IReadOnlyList<string> channels, DateTimeOffset? publishAt = null, DateTimeOffset? expireAt = null,
        IReadOnlyList<string>? segments = null, bool perSegment = false) => new()
        {
            Ref = new PieceRef(Ns, name),
            ContentDigest = "sha256:" + name,
            Spec = new ContentPieceSpec
            {
                Campaign = "camp",
                Format = "email",
                Channels = channels,
                Audience = new AudienceSelector { Role = "hcp", Audience = "hcps", Segments = segments },
                Brief = "a brief of ten characters",
                Claims = ["c1"],
                Generation = new GenerationSettings { Variants = perSegment ? "per-segment" : "single" },
                Schedule = new PieceSchedule { PublishAt = publishAt, ExpireAt = expireAt },
            },
            Renditions = perSegment
            ? [.. channels.SelectMany(c => Segments.Select(s => new RenditionRef { Channel = c, Segment = s.Name, Digest = $"r-{name}-{c}-{s.Name}" }))]
            : [.. channels.Select(c => new RenditionRef { Channel = c, Digest = $"r-{name}-{c}" })],
        };

    public static SendPlanInput Input(IReadOnlyList<HcpProfile> hcps, IReadOnlyList<DistributionPiece> pieces,
        IReadOnlyDictionary<string, ChannelTargetSpec>? channels = null, CampaignSpec? campaign = null,
        IReadOnlyList<SendRecord>? history = null, DateTimeOffset? now = null) => new()
        {
            Now = now ?? Now,
            Pieces = pieces,
            Audiences = new Dictionary<string, AudienceProfiles>
            {
                [$"{Ns}/hcps"] = new(new AudienceSpec { Role = "hcp", Segments = Segments }, hcps),
            },
            Channels = (channels ?? DefaultChannels()).ToDictionary(c => $"{Ns}/{c.Key}", c => c.Value),
            Campaigns = new Dictionary<string, CampaignSpec> { [$"{Ns}/camp"] = campaign ?? Campaign() },
            History = history ?? [],
        };

    public static Dictionary<string, ChannelTargetSpec> DefaultChannels() => new()
    {
        ["email"] = Channel("smtp", "email"),
        ["sms"] = Channel("sms", "sms"),
        ["wechat"] = Channel("wechat", "wechat-article"),
    };

    public static SendRecord Sent(string hcp, string channel, DateTimeOffset at, string piece = "old") =>
        new() { Hcp = hcp, Channel = channel, Piece = new PieceRef(Ns, piece), SentAt = at, ContentDigest = "sha256:" + piece };

    /// <summary>A random scenario: profiles with mixed consent, verification and opt-out; channels with random caps and quiet hours; pieces over two months; some history.</summary>
    public static SendPlanInput Random(int seed, int hcpCount, int pieceCount)
    {
        var random = new Random(seed);
        DateTimeOffset Day(int from, int to) => Now.AddHours(random.Next(from * 24, to * 24)).AddMinutes(random.Next(0, 60));
        ChannelConsent Consent() => random.Next(4) switch
        {
            0 => ChannelConsent.None,
            1 => new ChannelConsent(true, Day(-400, 40), random.Next(3) == 0 ? Day(-30, 60) : null),
            _ => new ChannelConsent(true, Day(-400, -1), null),
        };
        string[] tiers = ["tier3", "tier2", "tier1"];
        var hcps = Enumerable.Range(0, hcpCount).Select(i => Hcp($"hcp-{i:D3}", tiers[random.Next(3)], random.Next(5) > 0, random.Next(6) == 0, Consent(), Consent(), Consent())
            with
        { Email = random.Next(8) == 0 ? null : $"h{i}@example.com", Specialty = random.Next(4) == 0 ? "general-practice" : "endocrinology" }).ToList();
        RateLimit? Cap() => random.Next(4) == 0 ? null : new RateLimit
        {
            Count = random.Next(1, 4),
            Per = new[] { "1d", "7d", "30d", "36h" }[random.Next(4)],
            Window = random.Next(2) == 0 ? "calendar" : null,
        };
        QuietHours? Quiet() => random.Next(3) == 0 ? null : new QuietHours
        {
            Start = $"{random.Next(18, 24):D2}:{random.Next(0, 2) * 30:D2}",
            End = $"{random.Next(6, 10):D2}:00",
            TimeZone = random.Next(2) == 0 ? "Asia/Shanghai" : "Europe/Berlin",
        };
        var channels = new Dictionary<string, ChannelTargetSpec>
        {
            ["email"] = Channel("smtp", "email", Cap(), Quiet()),
            ["sms"] = Channel("sms", "sms", Cap(), Quiet()),
            ["wechat"] = Channel("wechat", "wechat-article", Cap(), Quiet()),
            ["wechat-file"] = Channel("file", "wechat-article", Cap(), Quiet()),
        };
        var names = channels.Keys.ToArray();
        var pieces = Enumerable.Range(0, pieceCount).Select(i => Piece(
            $"piece-{i}",
            [.. names.Where(_ => random.Next(3) == 0).DefaultIfEmpty(names[random.Next(names.Length)])],
            random.Next(3) == 0 ? null : Day(-5, 45),
            random.Next(4) == 0 ? Day(1, 60) : null,
            random.Next(2) == 0 ? null : [Segments[random.Next(3)].Name, Segments[random.Next(3)].Name],
            random.Next(2) == 0)).ToList();
        var history = Enumerable.Range(0, hcpCount * 2).Select(_ =>
            Sent(hcps[random.Next(hcpCount)].Id, names[random.Next(names.Length)], Day(-40, 0), random.Next(3) == 0 ? $"piece-{random.Next(pieceCount)}" : "old")).ToList();
        var campaign = Campaign(random.Next(3) == 0 ? "otc" : "rx", Cap());
        if (random.Next(2) == 0)
        {
            campaign = campaign with { Distribution = new CampaignDistribution { Channels = CampaignDistribution.BestChannel } };
        }
        return Input(hcps, pieces, channels, campaign, history);
    }
}
