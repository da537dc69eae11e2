namespace ContentOps.Core.Generation.Tones;

/// <summary>The tone profiles and topic labels of tones.yaml (embedded in the assembly), read once.</summary>
public sealed class ToneProfiles
{
    private static readonly Lazy<ToneProfiles> _default = new(Load);

    private ToneProfiles(IReadOnlyDictionary<string, ToneProfile> profiles, IReadOnlyDictionary<string, string> topics)
    {
        Profiles = profiles;
        TopicLabels = topics;
    }

    public static ToneProfiles Default => _default.Value;

    public IReadOnlyDictionary<string, ToneProfile> Profiles { get; }

    /// <summary>How connective prose names a topic, e.g. dosing → 用法用量与剂量调整.</summary>
    public IReadOnlyDictionary<string, string> TopicLabels { get; }

    /// <summary>The named profile; academic when the name is unknown.</summary>
    public ToneProfile Get(string? name) =>
        name is not null && Profiles.TryGetValue(name, out var profile) ? profile : Profiles["academic"];

    public string TopicLabel(string topic) => TopicLabels.TryGetValue(topic, out var label) ? label : TopicLabels["other"];

    /// <summary>Reads profiles from tones.yaml text.</summary>
    public static ToneProfiles Parse(string yaml)
    {
        var root = MappingYaml.Parse(yaml);
        var profiles = new Dictionary<string, ToneProfile>(StringComparer.Ordinal);
        foreach (var (name, value) in (Dictionary<string, object>)root["profiles"])
        {
            var map = (Dictionary<string, object>)value;
            string Text(string key) => map.TryGetValue(key, out var v) ? (string)v : "";
            profiles[name] = new ToneProfile
            {
                Name = name,
                Description = Text("description"),
                Greeting = Text("greeting"),
                Openings = ((Dictionary<string, object>)map["openings"]).ToDictionary(o => o.Key, o => (string)o.Value, StringComparer.Ordinal),
                SectionLead = Text("sectionLead"),
                Closing = Text("closing"),
                MaxSentenceChars = int.Parse(Text("maxSentenceChars"), System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        var topics = ((Dictionary<string, object>)root["topics"]).ToDictionary(t => t.Key, t => (string)t.Value, StringComparer.Ordinal);
        return new ToneProfiles(profiles, topics);
    }

    private static ToneProfiles Load()
    {
        using var stream = typeof(ToneProfiles).Assembly.GetManifestResourceStream("ContentOps.Core.Generation.Tones.tones.yaml")
            ?? throw new InvalidOperationException("tones.yaml is not embedded in ContentOps.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
