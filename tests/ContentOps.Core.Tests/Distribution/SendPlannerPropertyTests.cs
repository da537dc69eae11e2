using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using CsCheck;

namespace ContentOps.Core.Tests.Distribution;

/// <summary>The hard rules hold for every plan over generated audiences, channels, pieces and histories.</summary>
public sealed class SendPlannerPropertyTests
{
    private static readonly Gen<(int Seed, int Hcps, int Pieces)> _scenarios = Gen.Select(Gen.Int, Gen.Int[1, 40], Gen.Int[1, 8]);

    /// <summary>Every property holds without learning and with an adversarial chooser (random picks, some outside the allowed times).</summary>
    private static void ForAll(Action<SendPlanInput, SendPlan> property) =>
        _scenarios.Sample(s =>
        {
            var input = PlanScenario.Random(s.Seed, s.Hcps, s.Pieces);
            property(input, SendPlanner.Plan(input));
            var learning = input with { Chooser = new AdversarialChooser(s.Seed) };
            property(learning, SendPlanner.Plan(learning));
        }, iter: 300);

    [Fact]
    public void LearnedSendTimes_GoOnlyToPersonalisedSends_AndNameTheModel()
    {
        ForAll((input, plan) =>
        {
            var hcps = Profiles(input);
            foreach (var send in plan.Sends.Where(s => s.ModelVersion is not null))
            {
                Assert.Null(input.Chooser is null ? "no chooser" : null);
                Assert.True(send.Personalized && !hcps[send.Hcp].PersonalizationOptOut, send.Hcp);
                Assert.Contains(AdversarialChooser.Version, send.Reason, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>Picks at random: an allowed option, an option just outside them (a later minute, another channel, a variant of a segment not offered), or nothing.</summary>
    private sealed class AdversarialChooser(int seed) : ISendChooser
    {
        public const string Version = "adversary-1";

        private readonly Random _random = new(seed);

        public string ModelVersion => Version;

        public SendChoice? Choose(SendChoiceRequest request)
        {
            var option = request.Options[_random.Next(request.Options.Count)];
            return _random.Next(6) switch
            {
                0 or 1 => new SendChoice(option, $"picked by {Version}"),
                2 => new SendChoice(option with { SendAt = request.Options[^1].SendAt.AddMinutes(1 + _random.Next(120)) }, $"picked by {Version}"),
                3 => new SendChoice(option with { SendAt = option.SendAt.Date.AddHours(3) }, $"picked by {Version}"),
                4 => new SendChoice(option with { Channel = $"{PlanScenario.Ns}/{new[] { "email", "sms", "wechat", "wechat-file" }[_random.Next(4)]}", Variant = PlanScenario.Segments[_random.Next(3)].Name }, $"picked by {Version}"),
                _ => null,
            };
        }
    }

    [Fact]
    public void BestChannels_SendAPieceToAnHcpOnAtMostOneChannel_NeverBesideOneItAlreadyWentTo()
    {
        ForAll((input, plan) =>
        {
            var best = input.Campaigns.Values.Single().Distribution?.Channels == "best";
            if (!best)
            {
                Assert.DoesNotContain(plan.Skips, s => s.Rule == SkipRules.ChannelChoice);
                return;
            }
            Assert.All(plan.Sends.GroupBy(s => (s.Hcp, s.Piece)), g => Assert.Single(g));
            foreach (var send in plan.Sends)
            {
                var digest = input.Pieces.Single(p => p.Ref == send.Piece).ContentDigest;
                Assert.DoesNotContain(input.History, h => h.Hcp == send.Hcp && h.Piece == send.Piece && h.ContentDigest == digest && h.Channel != send.Channel);
            }
            foreach (var skip in plan.Skips.Where(s => s.Rule == SkipRules.ChannelChoice))
            {
                var chosen = plan.Sends.SingleOrDefault(s => s.Hcp == skip.Hcp && s.Piece == skip.Piece)?.Channel
                    ?? input.History.First(h => h.Hcp == skip.Hcp && h.Piece == skip.Piece).Channel;
                Assert.Contains(chosen, skip.Reason, StringComparison.Ordinal);
                Assert.NotEqual(chosen, skip.Channel);
            }
        });
    }

    [Fact]
    public void Variants_AreOnlyOfSegmentsTheHcpIsIn_AndTheDefaultForOptedOutHcps()
    {
        ForAll((input, plan) =>
        {
            var hcps = Profiles(input);
            var segments = input.Audiences.Values.Single().Spec.Segments;
            foreach (var send in plan.Sends)
            {
                var piece = input.Pieces.Single(p => p.Ref == send.Piece);
                var named = piece.Spec.Audience.Segments ?? input.Campaigns.Values.Single().Audience.Segments;
                var matching = segments.Where(s => (named is null || named.Contains(s.Name)) && hcps[send.Hcp].IsIn(s)).Select(s => s.Name).ToList();
                var first = named is null ? matching.FirstOrDefault() : named.Distinct().FirstOrDefault(matching.Contains);
                if (send.Segment is not null)
                {
                    Assert.Contains(send.Segment, matching);
                }
                if (!send.Personalized || send.ModelVersion is null)
                {
                    Assert.Equal(first, send.Segment);
                }
                var rendition = piece.Renditions.FirstOrDefault(r => r.Channel == send.Channel && r.Segment == (send.Personalized ? send.Segment : null))
                    ?? piece.Renditions.FirstOrDefault(r => r.Channel == send.Channel && r.Segment is null) ?? piece.Renditions.First(r => r.Channel == send.Channel);
                Assert.Equal(rendition.Digest, send.RenditionDigest);
            }
        });
    }

    [Fact]
    public void EverySend_HasValidConsentForItsChannel_AtItsSendTime_AndAnAddress()
    {
        ForAll((input, plan) =>
        {
            var hcps = Profiles(input);
            foreach (var send in plan.Sends)
            {
                Assert.True(hcps[send.Hcp].ConsentFor(send.ConsentChannel).IsValidAt(send.SendAt), $"{send.Hcp} {send.ConsentChannel} at {send.SendAt}");
                Assert.NotNull(hcps[send.Hcp].AddressFor(send.ConsentChannel));
            }
        });
    }

    [Fact]
    public void EverySendOfPrescriptionContent_GoesToAVerifiedHcp()
    {
        ForAll((input, plan) =>
        {
            var hcps = Profiles(input);
            var rx = input.Campaigns.Values.Single().Product.Type == "rx";
            Assert.All(plan.Sends, s => Assert.True(!rx || hcps[s.Hcp].Verified));
        });
    }

    [Fact]
    public void NoSend_FallsInQuietHours_OrBeforeNow_OrOutsideTheSchedule()
    {
        ForAll((input, plan) =>
        {
            foreach (var send in plan.Sends)
            {
                var channel = input.Channels[$"{PlanScenario.Ns}/{send.Channel}"];
                Assert.False(QuietHoursWindow.From(channel.QuietHours, null)?.Contains(send.SendAt) ?? false, $"{send.Channel} {send.SendAt}");
                Assert.True(send.SendAt >= input.Now);
                var piece = input.Pieces.Single(p => p.Ref == send.Piece);
                Assert.True(piece.Spec.Schedule?.PublishAt is not { } publishAt || send.SendAt >= publishAt);
                Assert.True(piece.Spec.Schedule?.ExpireAt is not { } expireAt || send.SendAt < expireAt);
            }
        });
    }

    [Fact]
    public void OptedOutHcps_AreNeverPersonalised()
    {
        ForAll((input, plan) =>
        {
            var hcps = Profiles(input);
            Assert.All(plan.Sends, s => Assert.True(!hcps[s.Hcp].PersonalizationOptOut || !s.Personalized));
        });
    }

    [Fact]
    public void ChannelCaps_WeChatLimit_AndTheCampaignCap_HoldInEveryWindow_CountingHistory()
    {
        ForAll((input, plan) =>
        {
            var all = input.History.Select(h => (h.Hcp, h.Channel, h.SentAt))
                .Concat(plan.Sends.Select(s => (s.Hcp, s.Channel, SentAt: s.SendAt))).ToList();
            foreach (var (name, spec) in input.Channels)
            {
                var channel = name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..];
                var zone = spec.QuietHours?.TimeZone;
                foreach (var perHcp in all.Where(x => x.Channel == channel).GroupBy(x => x.Hcp))
                {
                    var times = perHcp.Select(x => x.SentAt).ToList();
                    var planned = plan.Sends.Where(s => s.Hcp == perHcp.Key && s.Channel == channel).Select(s => s.SendAt).ToList();
                    AssertCap(CapWindow.From(spec.FrequencyCap, zone), times, planned);
                    if (ConsentChannels.For(spec) == ConsentChannels.WeChat)
                    {
                        AssertCap(CapWindow.WeChatMonthly(zone), times, planned);
                    }
                }
            }
            var campaign = input.Campaigns.Values.Single();
            foreach (var perHcp in all.GroupBy(x => x.Hcp))
            {
                var planned = plan.Sends.Where(s => s.Hcp == perHcp.Key).Select(s => s.SendAt).ToList();
                AssertCap(CapWindow.From(campaign.FrequencyCap, campaign.Schedule?.TimeZone), perHcp.Select(x => x.SentAt).ToList(), planned);
            }
        });
    }

    [Fact]
    public void EveryTargetedPair_IsEitherPlannedOrSkippedWithAReason_ExactlyOnce()
    {
        ForAll((input, plan) =>
        {
            var decided = plan.Sends.Select(s => (s.Hcp, s.Piece, s.Channel)).Concat(plan.Skips.Select(s => (s.Hcp, s.Piece, s.Channel))).ToList();
            Assert.Equal(decided.Count, decided.Distinct().Count());
            Assert.All(plan.Skips, s => Assert.StartsWith("skipped: ", s.Reason, StringComparison.Ordinal));
            var segments = input.Audiences.Values.Single().Spec.Segments;
            foreach (var piece in input.Pieces)
            {
                var named = piece.Spec.Audience.Segments;
                var targeted = input.Audiences.Values.Single().Profiles.Count(p => named is null || segments.Any(s => named.Contains(s.Name) && p.IsIn(s)));
                Assert.Equal(targeted * piece.Spec.Channels.Distinct().Count(), decided.Count(d => d.Piece == piece.Ref));
            }
        });
    }

    /// <summary>Only windows that contain a planned send are checked: history alone may already exceed a cap that was lowered later.</summary>
    private static void AssertCap(CapWindow? cap, List<DateTimeOffset> times, List<DateTimeOffset> planned)
    {
        if (cap is null)
        {
            return;
        }
        foreach (var send in planned)
        {
            if (cap.Calendar)
            {
                Assert.True(times.Count(t => cap.Period(t) == cap.Period(send)) <= cap.Count, $"{cap.Text} at {send}");
                continue;
            }
            foreach (var start in times.Where(t => t <= send && send - t < cap.Length).Append(send))
            {
                Assert.True(times.Count(t => t >= start && t < start + cap.Length) <= cap.Count, $"{cap.Text} from {start}");
            }
        }
    }

    private static Dictionary<string, HcpProfile> Profiles(SendPlanInput input) =>
        input.Audiences.Values.SelectMany(a => a.Profiles).ToDictionary(p => p.Id);
}
