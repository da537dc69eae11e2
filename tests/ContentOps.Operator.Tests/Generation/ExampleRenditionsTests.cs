using System.Text.Json;
using System.Text.RegularExpressions;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Declarations;
using YamlDotNet.RepresentationModel;

namespace ContentOps.Operator.Tests.Generation;

/// <summary>
/// Reads every rendition `contentops run examples` generates, as an MLR reviewer would: no required literal pasted
/// on a line of its own, no doubled bracket or opt-out, citation markers in order of first citation and matching a
/// references list, and per-segment variants that differ in more than the salutation.
/// </summary>
public sealed partial class ExampleRenditionsTests
{
    private static readonly Lazy<Task<IReadOnlyList<ExampleRendition>>> _renditions = new(RunExamplesAsync);

    [Fact]
    public async Task EveryRendition_PassesReview_AndHasNoLineThatIsOnlyARequiredLiteral()
    {
        var renditions = await _renditions.Value;
        var literals = RequiredLiterals();

        Assert.NotEmpty(renditions);
        Assert.Contains("禁忌", literals);
        foreach (var rendition in renditions)
        {
            var bare = rendition.Text.Split('\n').Select(l => l.Trim()).Where(literals.Contains).ToList();
            Assert.True(bare.Count == 0, $"{rendition.Name}: bare required literal line(s) {string.Join(", ", bare)}");
        }
    }

    [Fact]
    public async Task EveryRendition_HasNoDoubledBracketOrOptOut()
    {
        foreach (var rendition in await _renditions.Value)
        {
            Assert.False(DoubledBracket().IsMatch(rendition.Text), $"{rendition.Name}: doubled bracket");
            Assert.True(Regex.Count(rendition.Text, "退订") <= 1, $"{rendition.Name}: opt-out more than once");
        }
    }

    [Fact]
    public async Task EveryRendition_NumbersCitationsInOrderOfFirstCitation_MatchingItsReferencesList()
    {
        foreach (var rendition in await _renditions.Value)
        {
            var text = rendition.Text;
            var references = text.IndexOf("参考文献", StringComparison.Ordinal);
            var cited = Markers().Matches(references < 0 ? text : text[..references])
                .SelectMany(m => m.Groups[1].Value.Split(',').Select(int.Parse)).ToList();
            if (references < 0)
            {
                Assert.True(cited.Count == 0, $"{rendition.Name}: markers without a references list");
                continue;
            }

            var firstUse = cited.Distinct().ToList();
            Assert.Equal(Enumerable.Range(1, firstUse.Count), firstUse);
            var listed = ReferenceLines().Matches(text[references..]).Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(Enumerable.Range(1, firstUse.Count), listed);
        }
    }

    [Fact]
    public async Task SegmentVariants_DifferInMoreThanTheSalutation()
    {
        var variants = (await _renditions.Value).Where(r => r.Segment is not null).GroupBy(r => (r.Piece, r.Channel));
        Assert.NotEmpty(variants);
        foreach (var group in variants)
        {
            var texts = group.Select(r => Salutation().Replace(r.Text, "")).ToList();
            Assert.True(texts.Distinct().Count() == texts.Count, $"{group.Key}: variants differ only in the salutation");
        }
    }

    [Fact]
    public async Task Sms_FitsTwoSegments_WithOneSignature()
    {
        var sms = (await _renditions.Value).Where(r => r.Format == "sms").ToList();

        Assert.NotEmpty(sms);
        Assert.All(sms, r => Assert.True(Core.Generation.Templates.SmsSegments.Count(r.Text.TrimEnd('\n').Length) <= 2, r.Text));
        Assert.All(sms, r => Assert.Equal(1, Regex.Count(r.Text, "【")));
    }

    private static HashSet<string> RequiredLiterals()
    {
        var literals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures.RepositoryRoot, "examples", "policies"), "*.yaml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            foreach (var rule in stream.Documents.SelectMany(d => ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)d.RootNode)["spec"])["rules"]).Children).Cast<YamlMappingNode>())
            {
                if (((YamlScalarNode)rule["kind"]).Value == "requiredText" && rule.Children.TryGetValue("text", out var texts))
                {
                    literals.UnionWith(((YamlSequenceNode)texts).Children.Select(t => ((YamlScalarNode)t).Value!).Where(t => t.Length <= 12));
                }
            }
        }

        return literals;
    }

    private static async Task<IReadOnlyList<ExampleRendition>> RunExamplesAsync()
    {
        var source = Path.Combine(Fixtures.RepositoryRoot, "examples");
        var copy = TempDirectory.Create();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!relative.StartsWith('.') && !relative.StartsWith("out", StringComparison.Ordinal) && !relative.Contains("/.", StringComparison.Ordinal))
            {
                copy.Write(relative, File.ReadAllText(file));
            }
        }

        var exit = await CliRunner.RunAsync(["run", copy.Path], TextWriter.Null, TextWriter.Null);
        Assert.Equal(CliRunner.Success, exit);
        using var status = new StringWriter();
        await CliRunner.RunAsync(["status", copy.Path, "--format", "json"], status, TextWriter.Null);
        var renditions = new List<ExampleRendition>();
        foreach (var piece in JsonDocument.Parse(status.ToString()).RootElement.EnumerateArray())
        {
            var name = piece.GetProperty("metadata").GetProperty("name").GetString()!;
            var pieceStatus = piece.GetProperty("status");
            Assert.Equal(0, pieceStatus.GetProperty("review").GetProperty("blocking").GetInt32());
            foreach (var rendition in pieceStatus.GetProperty("renditions").EnumerateArray())
            {
                var digest = rendition.GetProperty("digest").GetString()!["sha256:".Length..];
                var text = File.ReadAllText(Path.Combine(copy.Path, ".contentops", "artifacts", "sha256", digest[..2], digest[2..]));
                var segment = rendition.TryGetProperty("segment", out var s) ? s.GetString() : null;
                renditions.Add(new ExampleRendition(name, piece.GetProperty("spec").GetProperty("format").GetString()!, rendition.GetProperty("channel").GetString()!, segment, text));
            }
        }

        return renditions;
    }

    [GeneratedRegex("【【|】】|\\[\\[|\\]\\]")]
    private static partial Regex DoubledBracket();

    [GeneratedRegex(@"\[(\d+(?:,\d+)*)\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"^\[(\d+)\] ", RegexOptions.Multiline)]
    private static partial Regex ReferenceLines();

    [GeneratedRegex(@"^(尊敬的|您好)[^\n]*：$", RegexOptions.Multiline)]
    private static partial Regex Salutation();

    private sealed record ExampleRendition(string Piece, string Format, string Channel, string? Segment, string Text)
    {
        public string Name => Segment is null ? $"{Piece}/{Channel}" : $"{Piece}/{Channel}/{Segment}";
    }
}
