using System.Globalization;

namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>
/// A weighted channel-affinity × engagement × interest × feedback score (DOMAIN.md §4.2: start rule-based). The
/// driver is the term that added most to the score.
/// </summary>
public sealed class RuleBasedEngagementScorer : IEngagementScorer
{
    public (double Score, string Driver) Score(CandidateSignals c)
    {
        var terms = new List<(double Value, string Driver)>
        {
            (0.2, "it is approved content now live for doctors like them"),
        };
        if (c.Hcp.PreferredChannel == c.Channel)
        {
            terms.Add((0.25, $"they prefer {Name(c.Channel)}"));
        }
        if (c.MatchedInterests.Count > 0)
        {
            var messages = c.MatchedMessages.Count == c.MatchedInterests.Count ? c.MatchedMessages : c.MatchedInterests;
            terms.Add((0.15 + 0.1 * Math.Min(2, c.MatchedInterests.Count),
                $"it makes {(messages.Count == 1 ? "the point" : "the points")} {string.Join(" and ", messages.Select(m => $"“{m}”"))}, a topic they engaged with before"));
        }
        var opens = c.Hcp.Engagement.Opens + c.Opened;
        if (opens > 0)
        {
            terms.Add((Math.Min(0.2, 0.02 * opens + 0.04 * c.Hcp.Engagement.Clicks), $"they opened {opens} message(s) recently"));
        }
        if (c.Received > 0 && c.Opened == 0)
        {
            terms.Add((-0.1, $"{c.Received} earlier message(s) to them were not opened"));
        }
        if (c.Completed > 0)
        {
            terms.Add((0.15, "they responded to earlier suggestions"));
        }
        if (c.Dismissed > 0)
        {
            terms.Add((-0.2 * c.Dismissed, "earlier suggestions to them were dismissed"));
        }
        var score = Math.Clamp(terms.Sum(t => t.Value), 0, 1);
        var driver = terms.OrderByDescending(t => t.Value).First().Driver;
        return (Math.Round(score, 3), driver);
    }

    private static string Name(string channel) => channel switch
    {
        "wechat" => "WeChat",
        "email" => "email",
        "sms" => "SMS",
        "rep" => "rep visits",
        _ => channel.ToString(CultureInfo.InvariantCulture),
    };
}
