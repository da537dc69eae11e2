using System.Text.Json;
using ContentOps.Operator.Cli;

namespace ContentOps.Operator.Tests.Cli;

public sealed class ReviewCommandTests : IDisposable
{
    private static readonly string _policies = Path.Combine(FindRoot(), "examples", "policies", "china-drug-advertising.yaml");
    private readonly string _directory = Directory.CreateTempSubdirectory("contentops-review-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Review_ExitsOne_AndPrintsCompilerStyleFindings_ForBlockingDraft()
    {
        var draft = Write("ad.txt", "康力平感冒片\n\n本品疗效最 佳，无效退款。\n");

        var (exit, output, _) = await RunAsync("review", "--policies", _policies, "--product-type", "otc", "--audience", "public", draft);

        Assert.Equal(1, exit);
        Assert.Contains($"{draft}:3:5: error absolute-terms: 使用了绝对化用语。", output);
        Assert.Contains("    match: 最 佳", output);
        Assert.Contains("    fix: ", output);
        Assert.Contains($"{draft}:3:9: error efficacy-guarantee:", output);
    }

    [Fact]
    public async Task Review_ExitsZero_ForCompliantHcpDraft()
    {
        var draft = Write("hcp.md", """
            # 线上学术会议邀请

            诚邀您参加12月线上学术会议，共同探讨2型糖尿病的血糖管理。

            禁忌：对本品任何成分过敏者禁用。

            不良反应：最常见的不良反应为低血糖。

            本资料仅供医疗卫生专业人士参考
            """);

        var (exit, output, error) = await RunAsync("review", "--policies", _policies, "--product-type", "rx", "--audience", "hcp", "--channel", "wechat", draft);

        Assert.True(exit == 0, output + error);
        Assert.Contains("0 blocking", output);
    }

    [Fact]
    public async Task Review_WritesSarif_WithRuleIdsAndFileRegions()
    {
        var draft = Write("ad.txt", "标题\n\n本品最佳。\n");

        var (exit, output, _) = await RunAsync("review", "-p", _policies, "--product-type", "otc", "--audience", "public", "--format", "sarif", draft);

        Assert.Equal(1, exit);
        using var sarif = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "absolute-terms");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((3, 3, 6), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("charOffset").GetInt32()));
    }

    [Fact]
    public async Task Review_WritesJson_WithCountsPerFile()
    {
        var draft = Write("ad.txt", "本品最佳。");

        var (_, output, _) = await RunAsync("review", "-p", _policies, "--format", "json", draft);

        using var json = JsonDocument.Parse(output);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.True(file.GetProperty("blocked").GetBoolean());
        Assert.Contains(file.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "absolute-terms");
    }

    [Fact]
    public async Task Review_UsesLabelIndications_ForOffLabel()
    {
        var draft = Write("hcp.txt", "康力平用于成人2型糖尿病患者的血糖控制。康力平也可用于1型糖尿病。");

        var (_, output, _) = await RunAsync("review", "-p", _policies, "--indication", "成人2型糖尿病患者的血糖控制", draft);

        Assert.Single(output.Split('\n'), l => l.Contains("error off-label:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_OfFolder_ReviewsEveryDraftBelowIt_InPathOrder_AndExitsOneWhenAnyIsBlocked()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "drafts", "b"));
        Directory.CreateDirectory(Path.Combine(_directory, "drafts", ".hidden"));
        var clean = Write(Path.Combine("drafts", "a.md"), "感冒发热，请按说明书服用。");
        var blocked = Write(Path.Combine("drafts", "b", "ad.txt"), "本品疗效最佳。");
        Write(Path.Combine("drafts", "b", "notes.yaml"), "最佳: 1");
        Write(Path.Combine("drafts", ".hidden", "skip.txt"), "本品疗效最佳。");

        var (exit, output, _) = await RunAsync("review", "-p", _policies, "--product-type", "otc", "--audience", "public", Path.Combine(_directory, "drafts"));

        Assert.Equal(1, exit);
        Assert.Contains($"{blocked}:1:5: error absolute-terms:", output);
        Assert.Contains($"{blocked}: blocked (", output);
        Assert.True(output.IndexOf($"{clean}: ", StringComparison.Ordinal) < output.IndexOf($"{blocked}: blocked", StringComparison.Ordinal));
        Assert.DoesNotContain("skip.txt", output);
        Assert.DoesNotContain("notes.yaml", output);
        Assert.Contains("2 file(s) reviewed", output);
    }

    [Fact]
    public async Task Review_OfFolder_ExitsZero_WhenEveryDraftPasses()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "ok"));
        Write(Path.Combine("ok", "a.txt"), "诚邀您参加线上学术会议。");
        Write(Path.Combine("ok", "b.md"), "最常见的不良反应为低血糖。");

        var (exit, output, error) = await RunAsync("review", "-p", _policies, "--content-format", "rep-talk-track", Path.Combine(_directory, "ok"));

        Assert.True(exit == 0, output + error);
        Assert.Contains("2 file(s) reviewed: 0 blocking", output);
    }

    [Fact]
    public async Task Review_ExitsTwo_ForFolderWithoutDrafts()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "empty"));
        Write("empty/readme.yaml", "a: 1");

        var (exit, _, error) = await RunAsync("review", "-p", _policies, Path.Combine(_directory, "empty"));

        Assert.Equal(2, exit);
        Assert.Contains("no .txt or .md files below this folder", error);
    }

    [Theory]
    [InlineData("--product-type", "biologic")]
    [InlineData("--audience", "everyone")]
    [InlineData("--format", "xml")]
    public async Task Review_ExitsTwo_OnInvalidOption(string option, string value)
    {
        var (exit, _, error) = await RunAsync("review", "-p", _policies, option, value, Write("a.txt", "文本"));

        Assert.Equal(2, exit);
        Assert.Contains("error", error);
    }

    [Fact]
    public async Task Review_ExitsTwo_WithoutPoliciesOrFiles()
    {
        Assert.Equal(2, (await RunAsync("review", Write("a.txt", "文本"))).Exit);
        Assert.Equal(2, (await RunAsync("review", "-p", _policies)).Exit);
        Assert.Equal(2, (await RunAsync("review", "-p", _policies, Path.Combine(_directory, "missing.txt"))).Exit);
    }

    [Fact]
    public async Task Review_ExitsTwo_NamingFile_OnUnknownPolicyField()
    {
        var policy = Write("policy.yaml", """
            apiVersion: contentops.io/v1alpha1
            kind: SopPolicy
            metadata: {name: broken}
            spec:
              rules:
                - id: x
                  kind: forbiddenTerms
                  message: m
                  termz: [最]
            """);

        var (exit, _, error) = await RunAsync("review", "-p", policy, Write("a.txt", "文本"));

        Assert.Equal(2, exit);
        Assert.Contains($"{policy}:9:", error);
    }

    [Theory]
    [InlineData("on", true)]
    [InlineData("off", false)]
    public async Task Review_AddsLearnedWarning_OnlyWhenLearnedIsOn(string learned, bool expected)
    {
        var policy = WriteLearnedPolicy(withExamples: true);

        var (exit, output, error) = await RunAsync("review", "-p", policy, "--audience", "public", "--learned", learned, Write("ad.txt", "两周见效，一个疗程断根。"));

        Assert.True(exit == 0, output + error);
        Assert.Equal(expected, output.Contains(":1:1: warning efficacy-guarantee: 学习型检测器的建议", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_ExitsOne_NamingExamplesFileAndFix_WhenLearnedExamplesAreMissing()
    {
        var policy = WriteLearnedPolicy(withExamples: false);

        var (exit, output, _) = await RunAsync("review", "-p", policy, "--audience", "public", Write("ad.txt", "两周见效。"));

        Assert.Equal(1, exit);
        Assert.Contains($"error learnedDetector: policy learned could not be compiled: {Path.Combine(_directory, "examples.tsv")}: examples file not found", output);
        Assert.Contains("fix:", output);
    }

    private string WriteLearnedPolicy(bool withExamples)
    {
        if (withExamples)
        {
            Write("examples.tsv", string.Concat(
                Enumerable.Repeat("efficacy-guarantee\t三天见效，一周断根\nefficacy-guarantee\t两个疗程就能断根不再犯\nefficacy-guarantee\t一个疗程见效\n", 2)
                .Append("compliant\t请咨询医师或药师\ncompliant\t最常见的不良反应为头痛\ncompliant\t孕妇慎用\ncompliant\t请仔细阅读说明书\n")));
        }

        return Write("learned.yaml", """
            apiVersion: contentops.io/v1alpha1
            kind: SopPolicy
            metadata: {name: learned}
            spec:
              learnedDetector:
                examples: examples.tsv
                minConfidence: 0.5
              rules:
                - id: efficacy-guarantee
                  kind: forbiddenTerms
                  severity: block
                  message: 含有对疗效的断言或保证。
                  terms: [{term: 永不出现的测试词}]
            """);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContentOps.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ContentOps.sln not found");
    }
}
