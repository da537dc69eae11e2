using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Tones;
using YamlDotNet.Serialization;

namespace ContentOps.Core.Tests.Generation;

public sealed class ToneProfilesTests
{
    private static string Yaml()
    {
        using var stream = typeof(ToneProfiles).Assembly.GetManifestResourceStream("ContentOps.Core.Generation.Tones.tones.yaml")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void TonesYaml_ReadsTheSameAsAFullYamlParser()
    {
        var full = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, object>>>(Yaml());
        var profiles = ToneProfiles.Parse(Yaml());

        Assert.Equal(full["profiles"].Keys.Order(), profiles.Profiles.Keys.Order());
        var academic = (Dictionary<object, object>)full["profiles"]["academic"];
        Assert.Equal(academic["greeting"], profiles.Get("academic").Greeting);
        Assert.Equal(((Dictionary<object, object>)academic["openings"])["launch"], profiles.Get("academic").Openings["launch"]);
    }

    [Theory]
    [InlineData("academic")]
    [InlineData("practical")]
    [InlineData("plain")]
    [InlineData("warm")]
    [InlineData("concise")]
    public void EveryProfile_HasAnOpeningPerPurpose_AndProseThatStatesNoFact(string name)
    {
        var profile = ToneProfiles.Default.Get(name);

        Assert.Equal(name, profile.Name);
        Assert.Equal(["education", "invitation", "launch", "reminder"], profile.Openings.Keys.Order());
        foreach (var prose in profile.Openings.Values.Append(profile.SectionLead).Append(profile.Closing).Append(profile.Greeting))
        {
            Assert.Null(FactGuard.FirstFact(prose));
        }
    }

    [Fact]
    public void TopicLabels_StateNoFact() =>
        Assert.All(ToneProfiles.Default.TopicLabels.Values, label => Assert.Null(FactGuard.FirstFact(label)));
}
