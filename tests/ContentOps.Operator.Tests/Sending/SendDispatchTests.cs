using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Tests.Planning;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Sending;

/// <summary>
/// <c>contentops run examples</c> reaching doctors: the published WeChat piece's send plan is executed per HCP through
/// the file channel that opts in (<c>perHcpSends</c>), once per HCP, only to those who consented.
/// </summary>
public sealed class SendDispatchTests
{
    private const string Piece = "klp-wechat-efficacy-metformin";

    /// <summary>Outside the channels' quiet hours (21:00–08:00 Asia/Shanghai), inside the campaign.</summary>
    private static readonly DateTimeOffset _daytime = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Run_Examples_SendsPerHcpOnce_AndARerunSendsNothingNew()
    {
        using var examples = new ExampleRepository();
        using var run = new ExampleRun(examples, _daytime);

        var first = await run.RunAsync();
        Assert.Equal(ContentPiecePhase.Published, run.Phase(Piece));
        Assert.True(first.Sends.Sent > 0, $"the published WeChat piece reaches HCPs: {first.Sends}");
        Assert.Equal(0, first.Sends.Waiting + first.Sends.Failed);
        Assert.Equal(first.Sends.Sent, AllSentFiles(examples).Length);

        run.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await run.RunAsync();
        Assert.Equal(0, second.Sends.Sent);
        Assert.Equal(first.Sends.Sent, second.Sends.AlreadySent);
        Assert.Equal(first.Sends.Sent, AllSentFiles(examples).Length);
    }

    [Fact]
    public async Task Run_Examples_SendsOnlyToHcpsWithWeChatConsent()
    {
        using var examples = new ExampleRepository();
        using var run = new ExampleRun(examples, _daytime);

        var report = await run.RunAsync();

        var consent = WeChatConsent(examples);
        var reached = SentFiles(examples).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(reached);
        Assert.All(reached, hcp => Assert.True(consent[hcp!], $"{hcp} has no WeChat consent but was sent the piece"));
        Assert.Contains(consent, c => !c.Value);
        Assert.True(report.Sends.Skipped > 0, "HCPs without consent are skipped with a reason");
    }

    [Fact]
    public async Task Run_WritesNoPerHcpFiles_WhenTheFileChannelDoesNotOptIn()
    {
        using var examples = new ExampleRepository();
        foreach (var channel in Directory.GetFiles(Path.Combine(examples.Examples, "channels"), "*.yaml"))
        {
            File.WriteAllText(channel, File.ReadAllText(channel).Replace("perHcpSends: true", "perHcpSends: false", StringComparison.Ordinal));
        }
        using var run = new ExampleRun(examples, _daytime);

        var report = await run.RunAsync();

        Assert.Equal(ContentPiecePhase.Published, run.Phase(Piece));
        Assert.True(report.Sends.IsEmpty, $"no per-HCP send is planned: {report.Sends}");
        Assert.Empty(SentFiles(examples));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(examples.Examples, "out", "wechat")));
    }

    [Fact]
    public async Task Run_Examples_WritesTheApprovedEmail_AsAnRfc5322MessagePerConsentingDoctor()
    {
        using var examples = new ExampleRepository();
        using var run = new ExampleRun(examples, _daytime);

        await run.RunAsync();

        Assert.Equal(ContentPiecePhase.Published, run.Phase(Invite));
        var folder = Path.Combine(examples.Examples, "out", "email", "sends", $"diabetes--{Invite}");
        var files = Directory.GetFiles(folder, "*.eml");
        Assert.NotEmpty(files);
        var profiles = Profiles(examples);
        foreach (var file in files)
        {
            var hcp = profiles[Path.GetFileNameWithoutExtension(file)];
            Assert.Equal(("true", "true"), (hcp["emailOptIn"], hcp["verified"]));
            var message = MimeKit.MimeMessage.Load(file);
            Assert.Equal(hcp["email"], Assert.Single(message.To.Mailboxes).Address);
            Assert.Contains("线上学术会", message.Subject, StringComparison.Ordinal);
            var alternative = Assert.IsType<MimeKit.MultipartAlternative>(message.Body);
            Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
            Assert.Contains("https://example.com/unsubscribe?hcp=" + hcp["id"], message.Headers[MimeKit.HeaderId.ListUnsubscribe], StringComparison.Ordinal);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            Assert.Contains("退订", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
            if (hcp["personalizationOptOut"] == "false")
            {
                Assert.StartsWith($"尊敬的{hcp["name"]}", message.TextBody, StringComparison.Ordinal);
            }
        }
    }

    private const string Invite = "klp-email-webinar-invite";

    private static Dictionary<string, Dictionary<string, string>> Profiles(ExampleRepository examples)
    {
        var lines = File.ReadAllLines(Path.Combine(examples.Examples, "profiles", "hcps.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => header.Zip(f).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .GroupBy(r => r["id"], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every per-HCP file of every published piece on every channel (withdrawn ones excluded).</summary>
    private static string[] AllSentFiles(ExampleRepository examples) =>
        [.. Directory.GetDirectories(Path.Combine(examples.Examples, "out"), "sends", SearchOption.AllDirectories)
            .SelectMany(Directory.GetDirectories).SelectMany(d => Directory.GetFiles(d))];

    private static string[] SentFiles(ExampleRepository examples)
    {
        var folder = Path.Combine(examples.Examples, "out", "wechat", "sends", $"diabetes--{Piece}");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static Dictionary<string, bool> WeChatConsent(ExampleRepository examples)
    {
        var lines = File.ReadAllLines(Path.Combine(examples.Examples, "profiles", "hcps.csv"));
        var header = lines[0].Split(',');
        int id = Array.IndexOf(header, "id"), optIn = Array.IndexOf(header, "wechatOptIn");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(f => f[id], f => f[optIn] == "true", StringComparer.Ordinal);
    }

    /// <summary>The embedded runtime on the example repository with a fake clock: each run is one <c>contentops run</c>.</summary>
    private sealed class ExampleRun : IDisposable
    {
        private readonly ExampleRepository _examples;

        public ExampleRun(ExampleRepository examples, DateTimeOffset now)
        {
            _examples = examples;
            Time = new FakeTimeProvider(now);
            Runtime = EmbeddedRuntime.Open(Path.Combine(examples.Examples, ".contentops"), examples.Examples, examples.Head, new EmbeddedOptions { Workers = 2 }, Time);
        }

        public FakeTimeProvider Time { get; }

        public EmbeddedRuntime Runtime { get; }

        public async Task<RunReport> RunAsync()
        {
            var declarations = new DeclarationLoader(Time, DeclarationLimits.Default).Load(_examples.Examples);
            Assert.False(declarations.HasErrors, string.Join("\n", declarations.Diagnostics.Select(d => d.ToString())));
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            return await Runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], _examples.Head, null, timeout.Token);
        }

        public string? Phase(string piece) =>
            (Runtime.State.Resources.Get(new ResourceKey("ContentPiece", "diabetes", piece)) as ContentPiece)?.Status?.Phase;

        public void Dispose() => Runtime.Dispose();
    }
}
