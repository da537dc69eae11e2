using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Generation;
using ContentOps.Core.Publishing;

namespace ContentOps.Core.Tests.Publishing;

public sealed class FileChannelTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("contentops-file-channel-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Publish_CreatesTheOutboxFolder_AndWritesTheRenditionUnderThePieceName()
    {
        var receipt = await Channel().PublishAsync(Request("第一版"), default);

        var file = Path.Combine(_root, "out", "hcp", "diabetes--klp-email.md");
        Assert.Equal(Path.Combine("out", "hcp", "diabetes--klp-email.md"), receipt.ExternalId);
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("<!-- contentops piece=diabetes/klp-email digest=sha256:abc key=k1 -->\n", text, StringComparison.Ordinal);
        Assert.Contains("第一版", text, StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFiles(Path.Combine(_root, "out", "hcp")));
    }

    [Fact]
    public async Task Publish_ReplacesATemporaryFileLeftByAKilledRun_AndAnEarlierVersion()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "out", "hcp")).FullName;
        var file = Path.Combine(folder, "diabetes--klp-email.md");
        await File.WriteAllTextAsync(file, "old version, longer than the new one ....................................");
        await File.WriteAllTextAsync(file + ".tmp", "half a write");

        await Channel().PublishAsync(Request("新版"), default);

        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("新版", text, StringComparison.Ordinal);
        Assert.DoesNotContain("old version", text, StringComparison.Ordinal);
        Assert.DoesNotContain("half a write", text, StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".tmp"));
    }

    private FileChannel Channel() => new(_root, TimeProvider.System);

    private static PublishRequest Request(string body) => new()
    {
        IdempotencyKey = "k1",
        Piece = "diabetes/klp-email",
        Channel = new ChannelTarget { Metadata = new ObjectMeta { Name = "hcp-outbox" }, Spec = new ChannelTargetSpec { Type = "file", Endpoint = "out/hcp" } },
        Rendition = new Rendition { Channel = "hcp-outbox", Format = "email", Title = "康力平学术资讯", Body = body },
        ContentDigest = "sha256:abc",
    };
}
