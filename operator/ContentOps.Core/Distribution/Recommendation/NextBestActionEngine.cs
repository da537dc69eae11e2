using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>
/// Next best action per rep: for each of the rep's HCPs the live approved content they are most likely to engage
/// with next, as one suggestion (share content, invite to an event, or visit with a talk track). Hard filters come
/// first and outside the scorer: only what the send plan allows (consent, verification, caps, already sent), no
/// suggestion right after a contact, nothing the rep recently executed or dismissed. HCPs with personalisation
/// opt-out never enter the ranking: they get the standard selection (the newest allowed content). Pure.
/// </summary>
public sealed class NextBestActionEngine(IEngagementScorer scorer)
{
    /// <summary>No suggestion within this long after any contact (a send, a visit).</summary>
    public static readonly TimeSpan RecentContact = TimeSpan.FromDays(3);

    /// <summary>No visit suggestion within this long after the last contact.</summary>
    public static readonly TimeSpan RecentVisit = TimeSpan.FromDays(7);

    /// <summary>A suggestion lives at most this long.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private static readonly TimeSpan _executedQuiet = TimeSpan.FromDays(14);
    private static readonly TimeSpan _dismissedQuiet = TimeSpan.FromDays(30);

    public RepSuggestions ForRep(string rep, SendPlanInput input, SendPlan plan, IReadOnlyList<SuggestionFeedback> feedback)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plan);
        var now = input.Now;
        var reps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var profile in input.Audiences.Values.SelectMany(a => a.Profiles))
        {
            reps.TryAdd(profile.Id, profile.RepId);
        }
        var planned = plan.Sends.Where(s => reps.GetValueOrDefault(s.Hcp) == rep).ToLookup(s => s.Hcp);
        var lastSent = input.History.GroupBy(h => h.Hcp).ToDictionary(g => g.Key, g => g.Max(h => h.SentAt));
        var ranked = new List<(Suggestion Suggestion, double Score)>();
        var standard = new List<Suggestion>();
        foreach (var (hcp, segments) in HcpsOf(rep, input))
        {
            var lastContact = Max(hcp.Engagement.LastContactAt, lastSent.GetValueOrDefault(hcp.Id));
            if (lastContact is { } contact && now - contact < RecentContact)
            {
                continue;
            }
            var mine = feedback.Where(f => f.Hcp == hcp.Id).ToList();
            var candidates = new List<(DistributionPiece Piece, string Action, string Channel, string ConsentChannel)>();
            var sends = planned[hcp.Id].ToDictionary(s => (s.Piece, s.Channel));
            foreach (var send in planned[hcp.Id])
            {
                var piece = input.Pieces.First(p => p.Ref == send.Piece);
                candidates.Add((piece, piece.Spec.AssetType == "invitation" ? SuggestionActions.InviteToEvent : SuggestionActions.ShareContent, send.Channel, send.ConsentChannel));
            }
            if (lastContact is not { } last || now - last >= RecentVisit)
            {
                // Talk tracks promote the product face to face: the same verification gate as prescription-drug sends.
                foreach (var piece in input.Pieces.Where(p => p.Spec.Format == ContentFormats.RepTalkTrack && Targets(p, segments)
                    && (hcp.Verified || input.Campaigns.GetValueOrDefault(SendPlanInput.Key(p.Ref.Namespace, p.Spec.Campaign))?.Product.Type == "otc")))
                {
                    candidates.Add((piece, SuggestionActions.Visit, "visit", "rep"));
                }
            }
            candidates = [.. candidates.Where(c => !Quietened(c.Piece.Ref.ToString(), mine, now))];
            if (candidates.Count == 0)
            {
                continue;
            }

            if (hcp.PersonalizationOptOut)
            {
                var newest = candidates.OrderByDescending(c => c.Piece.Spec.Schedule?.PublishAt ?? DateTimeOffset.MinValue).ThenBy(c => c.Piece.Ref.ToString(), StringComparer.Ordinal).First();
                standard.Add(Build(rep, hcp, newest, now, null,
                    $"{Lead(newest, input)}: the standard selection (the newest approved content for their audience); they refused personalisation, so nothing is chosen from their profile.", 0) with
                { Personalized = false });
                continue;
            }

            var best = candidates
                .Select(c => (Candidate: c, Result: scorer.Score(Signals(hcp, c.Piece, c.ConsentChannel, input, mine) with
                {
                    Preference = input.Chooser is { } chooser && sends.GetValueOrDefault((c.Piece.Ref, c.Channel)) is { } send && chooser.Preference(send) is { } p
                        ? new Analytics.Prediction.EngagementPrediction(p, chooser.ModelVersion)
                        : null,
                })))
                .OrderByDescending(x => x.Result.Score).ThenBy(x => x.Candidate.Piece.Ref.ToString(), StringComparer.Ordinal).ThenBy(x => x.Candidate.Channel, StringComparer.Ordinal)
                .First();
            ranked.Add((Build(rep, hcp, best.Candidate, now, best.Result.Score, $"{Lead(best.Candidate, input)}, because {best.Result.Driver}.", 0), best.Result.Score));
        }

        var ordered = ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Suggestion.Hcp, StringComparer.Ordinal)
            .Select((r, i) => r.Suggestion with { Priority = i + 1 }).ToList();
        var rest = standard.OrderBy(s => s.Hcp, StringComparer.Ordinal).Select((s, i) => s with { Priority = ordered.Count + i + 1 }).ToList();
        return new RepSuggestions(rep, ordered, rest);
    }

    private static CandidateSignals Signals(HcpProfile hcp, DistributionPiece piece, string channel, SendPlanInput input, List<SuggestionFeedback> feedback)
    {
        var history = input.History.Where(h => h.Hcp == hcp.Id).ToList();
        var messages = piece.Spec.KeyMessages ?? [];
        var matched = messages.Where(m => hcp.Engagement.Interests.Contains(m, StringComparer.Ordinal)).ToList();
        var texts = input.Campaigns.GetValueOrDefault(SendPlanInput.Key(piece.Ref.Namespace, piece.Spec.Campaign))?.KeyMessages ?? [];
        return new CandidateSignals
        {
            Hcp = hcp,
            Content = piece,
            Channel = channel,
            MatchedInterests = matched,
            MatchedMessages = [.. matched.Select(id => texts.FirstOrDefault(k => k.Id == id)?.Text is { Length: > 0 } text ? text : id)],
            Received = history.Count,
            Opened = history.Count(h => h.OpenedAt is not null),
            Completed = feedback.Count(f => f.Outcome == "completed"),
            Dismissed = feedback.Count(f => f.Outcome == "dismissed"),
        };
    }

    private static bool Quietened(string content, List<SuggestionFeedback> feedback, DateTimeOffset now) =>
        feedback.Any(f => f.Content == content
            && (f.Outcome == "executed" && now - f.At < _executedQuiet || f.Outcome == "dismissed" && now - f.At < _dismissedQuiet || f.Outcome == "completed"));

    private static Suggestion Build(string rep, HcpProfile hcp, (DistributionPiece Piece, string Action, string Channel, string ConsentChannel) c, DateTimeOffset now, double? score, string reason, int priority)
    {
        var expires = now + Lifetime;
        if (c.Piece.Spec.Schedule?.ExpireAt is { } expireAt && expireAt < expires)
        {
            expires = expireAt;
        }
        return new Suggestion
        {
            Id = Id(rep, hcp.Id, c.Action, c.Piece.Ref.ToString(), c.Channel, c.Piece.ContentDigest),
            Rep = rep,
            Hcp = hcp.Id,
            Action = c.Action,
            Content = c.Piece.Ref,
            Channel = c.Channel,
            Reason = reason,
            Priority = priority,
            Score = score,
            ExpiresAt = expires,
        };
    }

    /// <summary>What to do, with which content, how: "Share “title” by email", "Visit with the talk track “title”".</summary>
    private static string Lead((DistributionPiece Piece, string Action, string Channel, string ConsentChannel) c, SendPlanInput input)
    {
        var title = $"“{(c.Piece.Spec.Title is { Length: > 0 } t ? t : c.Piece.Ref.Name)}”";
        var by = c.ConsentChannel switch
        {
            "wechat" => " on WeChat",
            "email" => " by email",
            "sms" => " by SMS",
            _ => "",
        };
        var channel = input.Channels.GetValueOrDefault(SendPlanInput.Key(c.Piece.Ref.Namespace, c.Channel))?.DisplayName;
        var via = channel is { Length: > 0 } && by.Length > 0 ? $"{by} ({channel})" : by;
        return c.Action switch
        {
            SuggestionActions.Visit => $"Visit with the talk track {title}",
            SuggestionActions.InviteToEvent => $"Invite them to {title}{via}",
            _ => $"Share {title}{via}",
        };
    }

    private static string Id(params string[] parts) =>
        "sg-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..16];

    private static IEnumerable<(HcpProfile Hcp, HashSet<string> Segments)> HcpsOf(string rep, SendPlanInput input)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, audience) in input.Audiences.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            foreach (var hcp in audience.Profiles.Where(p => p.RepId == rep).OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                if (seen.Add(hcp.Id))
                {
                    yield return (hcp, [.. audience.Spec.Segments.Where(hcp.IsIn).Select(s => s.Name)]);
                }
            }
        }
    }

    private static bool Targets(DistributionPiece piece, HashSet<string> segments) =>
        piece.Spec.Audience.Segments is not { Count: > 0 } named || named.Any(segments.Contains);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) =>
        b == default ? a : a is null || b > a ? b : a;
}
