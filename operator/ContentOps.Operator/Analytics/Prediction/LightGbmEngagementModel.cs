using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Analytics.Prediction;
using Microsoft.ML;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The effect model: LightGBM gradient-boosted trees (ML.NET) over one-hot format, channel, segment and topic, and
/// hour, weekday, length and claim-category flags. Its version is <c>lgbm-</c> + a digest of the training data (every
/// example) and the parameters, and is returned with every prediction, so a recorded prediction can be traced to its
/// model and retraining on the same data gives the same version.
/// </summary>
internal sealed class LightGbmEngagementModel : IEngagementPredictor
{
    private const int Leaves = 31;
    private const int Iterations = 200;
    private const int SmallLeaves = 7;
    private const int SmallIterations = 100;

    /// <summary>Below this many rows the trees are smaller and fewer (a few hundred sends overfit 31-leaf trees).</summary>
    private const int SmallRows = 5_000;
    private const double LearningRate = 0.05;
    private const int MinimumPerLeaf = 50;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PredictionEngine<ModelInput, ModelOutput> _engine;
    private readonly Lock _gate = new();

    private LightGbmEngagementModel(MLContext ml, ITransformer model, string version)
    {
        _ml = ml;
        _model = model;
        _engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);
        ModelVersion = version;
    }

    public string ModelVersion { get; }

    /// <summary>
    /// Trains on <paramref name="history"/>: 31 leaves, 200 rounds, at least 50 examples per leaf; below 5,000 rows
    /// 7 leaves, 100 rounds and a fortieth of the rows per leaf (at least 5), so a few hundred stored sends neither
    /// overfit nor fail to split.
    /// </summary>
    public static LightGbmEngagementModel Train(IReadOnlyList<EngagementExample> history, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(history);
        var perLeaf = MinimumPerLeafFor(history.Count);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(history.Select(e => ModelInput.From(e.Features, e.Engaged)));
        var pipeline = ml.Transforms.Categorical.OneHotEncoding(
            [new("FormatKey", nameof(ModelInput.Format)), new("ChannelKey", nameof(ModelInput.Channel)), new("SegmentKey", nameof(ModelInput.Segment)), new("TopicKey", nameof(ModelInput.Topic))])
            .Append(ml.Transforms.Concatenate("Features", "FormatKey", "ChannelKey", "SegmentKey", "TopicKey",
                nameof(ModelInput.Hour), nameof(ModelInput.Weekday), nameof(ModelInput.Length),
                nameof(ModelInput.Efficacy), nameof(ModelInput.Safety), nameof(ModelInput.Dosing), nameof(ModelInput.Mechanism), nameof(ModelInput.Guideline)))
            .Append(ml.BinaryClassification.Trainers.LightGbm(
                labelColumnName: nameof(ModelInput.Label), featureColumnName: "Features",
                numberOfLeaves: LeavesFor(history.Count), minimumExampleCountPerLeaf: perLeaf, learningRate: LearningRate, numberOfIterations: IterationsFor(history.Count)));
        var model = pipeline.Fit(data);
        return new LightGbmEngagementModel(ml, model, VersionOf(DataDigest(history), seed, history.Count));
    }

    /// <summary>The version a training on data of <paramref name="dataDigest"/> would get (used to skip retraining unchanged data).</summary>
    public static string VersionOf(string dataDigest, int seed, int rows)
    {
        var settings = string.Create(CultureInfo.InvariantCulture, $"lightgbm:{LeavesFor(rows)}:{IterationsFor(rows)}:{LearningRate}:{MinimumPerLeafFor(rows)}:{seed}:{dataDigest}");
        return "lgbm-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings)))[..12];
    }

    /// <summary>A digest of every example (features, send time, outcome) in order.</summary>
    public static string DataDigest(IReadOnlyList<EngagementExample> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in history)
        {
            var f = e.Features;
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{f.Format}\u001f{f.Channel}\u001f{f.Segment}\u001f{f.Hour}\u001f{(int)f.Weekday}\u001f{f.Length}\u001f{string.Join(',', f.ClaimCategories)}\u001f{f.Topic}\u001f{e.SentAt.UtcTicks}\u001f{(e.Engaged ? 1 : 0)}\n")));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static LightGbmEngagementModel Load(Stream stream, string version)
    {
        var ml = new MLContext(1);
        var model = ml.Model.Load(stream, out _);
        return new LightGbmEngagementModel(ml, model, version);
    }

    /// <summary>Writes the trained pipeline (ML.NET zip).</summary>
    public void Save(Stream stream)
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        _ml.Model.Save(_model, schema, stream);
    }

    public EngagementPrediction Predict(EngagementFeatures features)
    {
        lock (_gate)
        {
            return new(_engine.Predict(ModelInput.From(features)).Probability, ModelVersion);
        }
    }

    /// <summary>Scores many sends at once (a batch transform, much faster than one prediction at a time).</summary>
    public IReadOnlyList<double> PredictMany(IEnumerable<EngagementFeatures> features)
    {
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(features.Select(f => ModelInput.From(f))));
        return [.. _ml.Data.CreateEnumerable<ModelOutput>(scored, reuseRowObject: false).Select(o => (double)o.Probability)];
    }

    private static int MinimumPerLeafFor(int rows) => Math.Clamp(rows / 40, 5, MinimumPerLeaf);

    private static int LeavesFor(int rows) => rows < SmallRows ? SmallLeaves : Leaves;

    private static int IterationsFor(int rows) => rows < SmallRows ? SmallIterations : Iterations;
}
