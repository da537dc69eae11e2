using System.Text.Json;
using ContentOps.Core.Review.Reports;

namespace ContentOps.Core.Tests.Review;

public sealed class SarifWriterTests
{
    [Fact]
    public void Write_ProducesSarif210_WithRuleIdsLevelsAndRegions()
    {
        var verdict = Contexts.ReviewChina("开头\n本品最佳。", Contexts.PublicOtcAd);

        var sarif = SarifWriter.Write([new SarifArtifact("drafts/ad.txt", verdict)], [PolicyFixtures.ChinaPolicy]);

        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ChinaDrugAdvertisingPolicyTests.RuleIds.Order(), rules.Order());
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "absolute-terms");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("absolute-terms", rules[result.GetProperty("ruleIndex").GetInt32()]);
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("drafts/ad.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((2, 3, 5, 2), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32()));
        Assert.Equal("良好", result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_UsesWarningLevel_ForWarnFindings()
    {
        var verdict = Contexts.ReviewChina("临床总有效率98.6%。", Contexts.HcpAcademic);

        using var json = JsonDocument.Parse(SarifWriter.Write([new SarifArtifact("a.txt", verdict)], [PolicyFixtures.ChinaPolicy]));

        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "cure-rate");
        Assert.Equal("warning", result.GetProperty("level").GetString());
    }
}
