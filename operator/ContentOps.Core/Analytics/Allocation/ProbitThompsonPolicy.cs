namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// Contextual Thompson sampling over a factored Bayesian probit model (the online assumed-density update of
/// Graepel et al., "Web-scale Bayesian click-through rate prediction", ICML 2010): every feature weight has an
/// independent Gaussian posterior; a choice samples the weights once and takes the allowed arm with the
/// highest sampled score; an observation moves the weights of the features that arm used, in closed form.
/// Sharing weights across arms (see <see cref="ProbitFeatureMap"/>) is what lets it learn 250+ cells from a
/// few thousand sends, where a table of independent Beta posteriors still explores.
/// </summary>
public sealed class ProbitThompsonPolicy : IArmPolicy
{
    private const double NoiseVariance = 1.0;

    private readonly AllocationSpace _space;
    private readonly Random _random;
    private readonly ProbitFeatureMap _features;
    private readonly double[] _mean;
    private readonly double[] _variance;
    private readonly double[] _sample;
    private readonly int[] _sampledAt;
    private int _decision;
    private ulong _draw;

    public ProbitThompsonPolicy(AllocationSpace space, Random random, ProbitPriors? priors = null)
    {
        _space = space;
        _random = random;
        _features = new ProbitFeatureMap(space);
        priors ??= ProbitPriors.Default;
        _mean = new double[_features.FeatureCount];
        _variance = new double[_features.FeatureCount];
        for (var i = 0; i < _mean.Length; i++)
        {
            (_mean[i], _variance[i]) = priors.For(_features.GroupOf[i]);
        }

        _sample = new double[_features.FeatureCount];
        _sampledAt = new int[_features.FeatureCount];
    }

    public string Name => "thompson-probit";

    public int Choose(int segment, ReadOnlySpan<bool> allowed)
    {
        Begin((ulong)_random.NextInt64());
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var arm = 0; arm < allowed.Length; arm++)
        {
            if (!allowed[arm])
            {
                continue;
            }

            var score = 0.0;
            foreach (var feature in _features.FeaturesOf(segment, arm))
            {
                score += Sampled(feature);
            }

            if (score > bestScore)
            {
                (best, bestScore) = (arm, score);
            }
        }

        return best;
    }

    public void Observe(int segment, int arm, bool engaged)
    {
        var ids = _features.FeaturesOf(segment, arm);
        var y = engaged ? 1.0 : -1.0;
        double total = NoiseVariance, mean = 0;
        foreach (var id in ids)
        {
            total += _variance[id];
            mean += _mean[id];
        }

        var sd = Math.Sqrt(total);
        var t = y * mean / sd;
        var v = StandardNormal.V(t);
        var w = StandardNormal.W(t);
        foreach (var id in ids)
        {
            var variance = _variance[id];
            _mean[id] += y * variance / sd * v;
            _variance[id] = variance * (1.0 - (variance / total * w));
        }
    }

    /// <summary>The posterior mean engagement probability of an arm for a segment (no sampling).</summary>
    public double PredictedRate(int segment, int arm)
    {
        double total = NoiseVariance, mean = 0;
        foreach (var id in _features.FeaturesOf(segment, arm))
        {
            total += _variance[id];
            mean += _mean[id];
        }

        return StandardNormal.Cdf(mean / Math.Sqrt(total));
    }

    /// <summary>
    /// One Thompson draw of the scores of <paramref name="cells"/> (segment, arm). Every weight's draw is a function of
    /// <paramref name="draw"/> and the weight alone, so the same draw scores a cell the same whatever else is asked
    /// (one decision is reproducible on its own, and a choice among fewer options keeps its pick when it is still
    /// allowed); <see cref="Choose"/> decides the same way from a draw of its own stream.
    /// </summary>
    public double[] SampleScores(IReadOnlyList<(int Segment, int Arm)> cells, ulong draw)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Begin(draw);
        var scores = new double[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            foreach (var feature in _features.FeaturesOf(cells[i].Segment, cells[i].Arm))
            {
                scores[i] += Sampled(feature);
            }
        }

        return scores;
    }

    internal AllocationSpace Space => _space;

    private void Begin(ulong draw)
    {
        _decision++;
        _draw = draw;
    }

    private double Sampled(int feature)
    {
        if (_sampledAt[feature] != _decision)
        {
            _sampledAt[feature] = _decision;
            _sample[feature] = _mean[feature] + (Math.Sqrt(_variance[feature]) * RandomDistributions.HashedStandardNormal(_draw, (ulong)feature));
        }

        return _sample[feature];
    }
}
