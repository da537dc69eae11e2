using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// Trains a <see cref="LearnedModel"/> with ML.NET: SDCA maximum entropy (multiclass logistic regression) over the
/// hashed character n-grams of the normalised examples, with a fixed seed, one thread and a fixed number of passes, so
/// the same examples always give the same weights. The weights are then read out of the model and scored without ML.NET.
/// </summary>
public static class LearnedTrainer
{
    private const int Seed = 20261205;

    /// <summary>Trains on <paramref name="examples"/>; classes are their labels in ordinal order.</summary>
    public static LearnedModel Train(IReadOnlyList<LearnedExample> examples)
    {
        var classes = examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var rows = examples.Select(e =>
        {
            var (buckets, values) = CharNgrams.Vector(Text.TextNormalizer.Normalize(e.Text).Text);
            return new Row { Label = (uint)classIndex[e.Label], Features = new VBuffer<float>(CharNgrams.Dimension, values.Length, values, buckets) };
        }).ToList();

        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes.Length);
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CharNgrams.Dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 60,
            L2Regularization = 1e-4f,
            ConvergenceTolerance = 1e-4f,
        });
        var parameters = trainer.Fit(data).Model;
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var count);
        var biases = parameters.GetBiases().ToArray();
        var weights = new float[CharNgrams.Dimension * count];
        for (var c = 0; c < count; c++)
        {
            foreach (var (bucket, value) in perClass[c].Items())
            {
                weights[(bucket * count) + c] = value;
            }
        }

        return new LearnedModel(classes, weights, biases);
    }

    private sealed class Row
    {
        /// <summary>The class index, 0-based: loading from objects shifts key values by one (0 = missing inside ML.NET).</summary>
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
