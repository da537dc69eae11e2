using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Analytics.Prediction;
using Microsoft.ML;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The effect model: LightGBM gradient-boosted trees (ML.NET) over one-hot format, channel, segment and topic, and
/// hour, weekday, length and claim-category flags. Its version names the trainer, its settings and a digest of the
/// training window, and is returned with every prediction, so a recorded prediction can be traced to its model.
/// </summary>
internal sealed class LightGbmEngagementModel : IEngagementPredictor
{
    private const int Leaves = 31;
    private const int Iterations = 200;
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

    public static LightGbmEngagementModel Train(IReadOnlyList<EngagementExample> history, int seed = 1)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(history.Select(e => ModelInput.From(e.Features, e.Engaged)));
        var pipeline = ml.Transforms.Categorical.OneHotEncoding(
            [new("FormatKey", nameof(ModelInput.Format)), new("ChannelKey", nameof(ModelInput.Channel)), new("SegmentKey", nameof(ModelInput.Segment)), new("TopicKey", nameof(ModelInput.Topic))])
            .Append(ml.Transforms.Concatenate("Features", "FormatKey", "ChannelKey", "SegmentKey", "TopicKey",
                nameof(ModelInput.Hour), nameof(ModelInput.Weekday), nameof(ModelInput.Length),
                nameof(ModelInput.Efficacy), nameof(ModelInput.Safety), nameof(ModelInput.Dosing), nameof(ModelInput.Mechanism), nameof(ModelInput.Guideline)))
            .Append(ml.BinaryClassification.Trainers.LightGbm(
                labelColumnName: nameof(ModelInput.Label), featureColumnName: "Features",
                numberOfLeaves: Leaves, minimumExampleCountPerLeaf: MinimumPerLeaf, learningRate: LearningRate, numberOfIterations: Iterations));
        var model = pipeline.Fit(data);
        return new LightGbmEngagementModel(ml, model, Version(history, seed));
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

    private static string Version(IReadOnlyList<EngagementExample> history, int seed)
    {
        var window = history.Count == 0 ? "empty" : string.Create(CultureInfo.InvariantCulture, $"{history.Count}:{history.Min(e => e.SentAt):O}:{history.Max(e => e.SentAt):O}:{history.Count(e => e.Engaged)}");
        var settings = string.Create(CultureInfo.InvariantCulture, $"lightgbm:{Leaves}:{Iterations}:{LearningRate}:{MinimumPerLeaf}:{seed}:{window}");
        return "lgbm-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings)))[..12];
    }
}
