using ContentOps.Core.Analytics.Allocation;
using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Core.Analytics.Simulation;

/// <summary>
/// Generates an engagement history to train and evaluate the effect model on, from a seed: sends spread over a
/// period, each with features (format, channel, segment, hour, weekday, length, claim categories, topic) and an
/// outcome drawn from a hidden response function the model never sees. The function mixes effects a per-cell
/// table cannot express (a length optimum per format, weekend dips, segment × claim-category and segment × topic
/// preferences, a channel × hour curve) and drifts slowly over time, so a time-based holdout is a real test.
/// </summary>
public sealed class EngagementHistoryGenerator(int seed)
{
    private static readonly string[] _segments = ["endocrinology-tier1", "endocrinology-tier2", "cardiology", "primary-care", "pharmacist"];
    private static readonly (string Format, string Channel, int MinLength, int MaxLength)[] _formats =
    [
        ("wechat-article", "wechat", 600, 4000), ("wechat-long-image", "wechat", 200, 1200), ("email", "email", 300, 3000),
        ("email-webinar-invite", "email", 150, 800), ("sms", "sms", 30, 140),
    ];

    private static readonly string[] _topics = ["efficacy", "safety", "dosing", "event", "guideline"];
    private static readonly int[] _hours = [8, 10, 12, 14, 16, 18, 20];

    public IReadOnlyList<EngagementExample> Generate(int sends, DateTimeOffset start, int days)
    {
        var random = SeedStreams.For(seed, 0x415);
        var truth = new Truth(SeedStreams.For(seed, 0x416));
        var examples = new List<EngagementExample>(sends);
        for (var i = 0; i < sends; i++)
        {
            var at = start.AddDays(days * (double)i / sends);
            var (format, channel, min, max) = _formats[random.Next(_formats.Length)];
            var hour = _hours[random.Next(_hours.Length)];
            var sentAt = new DateTimeOffset(at.Year, at.Month, at.Day, hour, random.Next(60), 0, at.Offset);
            var claims = EngagementFeatures.KnownClaimCategories.Where(_ => random.NextDouble() < 0.35).ToList();
            var features = new EngagementFeatures(format, channel, _segments[random.Next(_segments.Length)], hour, sentAt.DayOfWeek,
                min + random.Next(max - min), claims, _topics[random.Next(_topics.Length)]);
            var p = truth.Rate(features, (sentAt - start).TotalDays / Math.Max(1, days));
            examples.Add(new EngagementExample(features, sentAt, random.NextDouble() < p));
        }

        return examples;
    }

    /// <summary>The hidden response function.</summary>
    private sealed class Truth
    {
        private readonly Dictionary<string, double> _effects = [];
        private readonly Random _random;

        public Truth(Random random) => _random = random;

        public double Rate(EngagementFeatures f, double progress)
        {
            var optimum = Effect($"optimum:{f.Format}", 0.5, 0.2);
            var (_, _, min, max) = _formats.First(x => x.Format == f.Format);
            var relative = (f.Length - min) / (double)(max - min);
            var logit = -2.6 + Effect($"seg:{f.Segment}", 0, 0.4) + Effect($"segch:{f.Segment}:{f.Channel}", 0, 0.5)
                + Effect($"fmt:{f.Format}", 0, 0.3) - (1.5 * Math.Pow(relative - optimum, 2))
                + Curve(f.Channel, f.Hour) + (f.Weekday is DayOfWeek.Saturday or DayOfWeek.Sunday ? Effect($"weekend:{f.Channel}", -0.4, 0.2) : 0)
                + f.ClaimCategories.Sum(c => Effect($"claim:{f.Segment}:{c}", 0, 0.35)) + Effect($"topic:{f.Segment}:{f.Topic}", 0, 0.3)
                + (progress * Effect($"drift:{f.Channel}", 0, 0.3));
            return 1 / (1 + Math.Exp(-logit));
        }

        private double Curve(string channel, int hour)
        {
            var peak = 8 + (12 * Uniform($"peak:{channel}"));
            return -0.5 * Math.Pow((hour - peak) / 4.0, 2);
        }

        private double Uniform(string key) => Effect(key, 0.5, 0.0) + (Effect(key + ":u", 0, 1) > 0 ? 0.25 : -0.25) + (0.25 * Math.Tanh(Effect(key + ":v", 0, 1)));

        private double Effect(string key, double mean, double sd)
        {
            if (!_effects.TryGetValue(key, out var value))
            {
                value = mean + (sd * _random.NextStandardNormal());
                _effects[key] = value;
            }

            return value;
        }
    }
}
