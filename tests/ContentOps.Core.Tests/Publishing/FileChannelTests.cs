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

    /// <summary>
    /// Workers publish the first pieces of a run at once into an outbox folder that does not exist yet. When another
    /// worker creates it between the failed open and .NET's look at the parent, the open reports FileNotFound instead of
    /// DirectoryNotFound; that must be handled as "folder missing" too, not fail the piece (it did, now and then).
    /// </summary>
    [Fact]
    public async Task ConcurrentFirstPublications_IntoAMissingFolder_AllSucceed()
    {
        const int Rounds = 200;
        const int Writers = 4;
        var channel = Channel();
        for (var round = 0; round < Rounds; round++)
        {
            using var start = new Barrier(Writers);
            var endpoint = $"out/round-{round}";
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
            {
                start.SignalAndWait();
                return channel.PublishAsync(Request($"第{w}篇", $"diabetes/piece-{w}", endpoint), default);
            }));

            await Task.WhenAll(writers);

            Assert.Equal(Writers, Directory.GetFiles(Path.Combine(_root, endpoint), "*.md").Length);
        }
    }

    private FileChannel Channel() => new(_root, TimeProvider.System);

    private static PublishRequest Request(string body, string piece = "diabetes/klp-email", string endpoint = "out/hcp") => new()
    {
        IdempotencyKey = "k1",
        Piece = piece,
        Channel = new ChannelTarget { Metadata = new ObjectMeta { Name = "hcp-outbox" }, Spec = new ChannelTargetSpec { Type = "file", Endpoint = endpoint } },
        Rendition = new Rendition { Channel = "hcp-outbox", Format = "email", Title = "康力平学术资讯", Body = body },
        ContentDigest = "sha256:abc",
    };
}
