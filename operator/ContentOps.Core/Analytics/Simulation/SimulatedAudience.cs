using ContentOps.Core.Analytics.Allocation;

namespace ContentOps.Core.Analytics.Simulation;

/// <summary>
/// Draws the HCP of each simulated send: a segment (segments differ in size) and the arms the planner allows for
/// that HCP: channels with consent (each HCP consents to a random subset, at least one), hours outside the HCP's
/// quiet hours (early and late slots are often excluded), and variants approved for the HCP's region.
/// </summary>
internal sealed class SimulatedAudience
{
    private readonly AllocationSpace _space;
    private readonly Random _random;
    private readonly double[] _segmentCumulative;
    private readonly double[] _channelConsent;

    public SimulatedAudience(AllocationSpace space, int seed)
    {
        _space = space;
        _random = SeedStreams.For(seed, 0x51e7);
        var weights = Enumerable.Range(0, space.Segments.Count).Select(_ => 0.5 + _random.NextDouble()).ToArray();
        var total = weights.Sum();
        _segmentCumulative = new double[weights.Length];
        for (double running = 0, i = 0; i < weights.Length; i++)
        {
            running += weights[(int)i] / total;
            _segmentCumulative[(int)i] = running;
        }

        _channelConsent = Enumerable.Range(0, space.Channels.Count).Select(_ => 0.45 + (0.5 * _random.NextDouble())).ToArray();
    }

    /// <summary>The next send: its segment, filling <paramref name="allowed"/>, and the uniform deciding its outcome.</summary>
    public (int Segment, double Outcome) Next(Span<bool> allowed)
    {
        var u = _random.NextDouble();
        var segment = Array.FindIndex(_segmentCumulative, c => u <= c);
        segment = segment < 0 ? _segmentCumulative.Length - 1 : segment;

        var channels = _channelConsent.Select(p => _random.NextDouble() < p).ToArray();
        if (!channels.Any(c => c))
        {
            channels[_random.Next(channels.Length)] = true;
        }

        var quietEarly = _random.NextDouble() < 0.3;
        var quietLate = _random.NextDouble() < 0.3;
        var withheldVariant = _random.NextDouble() < 0.1 ? _random.Next(_space.Variants.Count) : -1;
        for (var arm = 0; arm < _space.ArmCount; arm++)
        {
            var (v, c, h) = _space.Decompose(arm);
            var hour = _space.Hours[h];
            allowed[arm] = channels[c] && v != withheldVariant && !(quietEarly && hour < 9) && !(quietLate && hour >= 20);
        }

        return (segment, _random.NextDouble());
    }
}
