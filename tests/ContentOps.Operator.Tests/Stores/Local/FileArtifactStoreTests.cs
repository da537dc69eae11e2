using System.Security.Cryptography;
using System.Text;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Tests.Stores.Local;

public sealed class FileArtifactStoreTests : IDisposable
{
    private const string Content = "# 康力平 24 周 HbA1c 降低\n\n低血糖发生率与安慰剂相当。";

    private readonly TempStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Put_StoresUnderSha256OfUtf8_AndReadsBack()
    {
        var store = new FileArtifactStore(_folder.Path);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Content)));

        var digest = await store.PutAsync(Content, default);

        Assert.Equal("sha256:" + expected, digest);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "artifacts", "sha256", expected[..2], expected[2..])));
        Assert.Equal(Content, await store.GetAsync(digest, default));
    }

    [Fact]
    public async Task Put_WritesOnce_WhenContentIsAlreadyStored()
    {
        var store = new FileArtifactStore(_folder.Path, StateDurability.Full);
        var digest = await store.PutAsync(Content, default);
        var path = Directory.GetFiles(Path.Combine(_folder.Path, "artifacts"), "*", SearchOption.AllDirectories).Single();
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal(digest, await store.PutAsync(Content, default));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "artifacts"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Get_ReturnsNull_ForUnknownOrDamagedContent()
    {
        var store = new FileArtifactStore(_folder.Path);
        var digest = await store.PutAsync(Content, default);
        var path = Directory.GetFiles(Path.Combine(_folder.Path, "artifacts"), "*", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(path, "");

        Assert.Null(await store.GetAsync(digest, default));
        Assert.Null(await store.GetAsync("sha256:" + new string('0', 64), default));
        Assert.Null(await store.GetAsync("../../etc/passwd", default));
    }

    [Fact]
    public async Task WriteReport_ReplacesFileUnderReports_AndRefusesPathsOutsideIt()
    {
        var store = new FileArtifactStore(_folder.Path);

        await store.WriteReportAsync("diabetes/a.md", "first", default);
        await store.WriteReportAsync("diabetes/a.md", "second", default);

        Assert.Equal("second", await File.ReadAllTextAsync(Path.Combine(_folder.Path, "reports", "diabetes", "a.md")));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "reports", "diabetes")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteReportAsync("../escape.md", "x", default));
    }

    /// <summary>Both workers write the first review reports of a namespace at once; the folder race must not fail a piece.</summary>
    [Fact]
    public async Task ConcurrentReports_IntoANewNamespaceFolder_AllSucceed()
    {
        const int Rounds = 200;
        const int Writers = 4;
        var store = new FileArtifactStore(_folder.Path);
        for (var round = 0; round < Rounds; round++)
        {
            using var start = new Barrier(Writers);
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
            {
                start.SignalAndWait();
                return store.WriteReportAsync($"reviews/ns-{round}/piece-{w}.md", $"# 审核报告 {w}", default);
            }));

            await Task.WhenAll(writers);

            Assert.Equal(Writers, Directory.GetFiles(Path.Combine(_folder.Path, "reports", "reviews", $"ns-{round}")).Length);
        }
    }
}
