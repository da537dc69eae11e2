using System.Text.Json;
using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The effect models of a state folder, <c>models/effect/</c>: each LightGBM model as <c>&lt;version&gt;.zip</c>, every
/// training's card appended to <c>trainings.jsonl</c> (promoted or not), and the card of the model that serves in
/// <c>current.json</c> (written last, atomically, so a reader sees an old or a new model, never half of one).
/// </summary>
internal sealed class EffectModelRepository(string stateFolder)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Folder { get; } = Path.Combine(stateFolder, "models", "effect");

    /// <summary>The card of the serving model, or null when none was trained.</summary>
    public EffectModelCard? Current()
    {
        var path = Path.Combine(Folder, "current.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<EffectModelCard>(File.ReadAllText(path), _json) : null;
    }

    /// <summary>The card of the latest training (promoted or not), or null when none was recorded.</summary>
    public EffectModelCard? LastTraining()
    {
        var path = Path.Combine(Folder, "trainings.jsonl");
        var last = File.Exists(path) ? File.ReadLines(path).LastOrDefault(l => l.Length > 0) : null;
        return last is null ? null : JsonSerializer.Deserialize<EffectModelCard>(last, _json);
    }

    /// <summary>The serving LightGBM model, or null when the card is the baseline's or its file is missing.</summary>
    public LightGbmEngagementModel? Model(EffectModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var path = ModelPath(card.Version);
        if (!card.Promoted || !File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return LightGbmEngagementModel.Load(stream, card.Version);
    }

    /// <summary>Records a training; when <paramref name="serve"/> it becomes the serving model (its model file first).</summary>
    public void Record(EffectModelCard card, LightGbmEngagementModel? model, bool serve)
    {
        ArgumentNullException.ThrowIfNull(card);
        Directory.CreateDirectory(Folder);
        if (model is not null && !File.Exists(ModelPath(model.ModelVersion)))
        {
            var temporary = ModelPath(model.ModelVersion) + ".tmp";
            using (var stream = File.Create(temporary))
            {
                model.Save(stream);
            }

            File.Move(temporary, ModelPath(model.ModelVersion), overwrite: true);
        }

        File.AppendAllText(Path.Combine(Folder, "trainings.jsonl"), JsonSerializer.Serialize(card, _json) + "\n");
        if (serve)
        {
            var temporary = Path.Combine(Folder, "current.json.tmp");
            File.WriteAllText(temporary, JsonSerializer.Serialize(card, _json));
            File.Move(temporary, Path.Combine(Folder, "current.json"), overwrite: true);
        }
    }

    private string ModelPath(string version) => Path.Combine(Folder, version + ".zip");
}
