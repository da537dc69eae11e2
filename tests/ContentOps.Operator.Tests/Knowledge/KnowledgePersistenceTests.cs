using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Ingestion;
using ContentOps.Operator.Knowledge;
using ContentOps.Operator.Reconcilers.ContentPieces;

namespace ContentOps.Operator.Tests.Knowledge;

/// <summary>The state folder keeps the passage digest cache and the recall's vectors across runs.</summary>
public sealed class KnowledgePersistenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentops-knowledge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PassageCache_ServesAFileReadInAnEarlierRun_FromTheStateFolder()
    {
        var file = new SourceFile("label/klp-label.md", "# 说明书\n\n## 【用法用量】\n\n本品推荐剂量为5 mg，每日一次口服。"u8.ToArray());
        var first = new KnowledgeIngestor(new FilePassageCache(_folder), new PassageSplitter()).Ingest("diabetes/klp-label", file);

        var second = new KnowledgeIngestor(new FilePassageCache(_folder), new PassageSplitter()).Ingest("diabetes/klp-label", file);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Passages, second.Passages);
    }

    [Fact]
    public void PassageCache_TreatsACorruptEntryAsAMiss()
    {
        var cache = new FilePassageCache(_folder);
        cache.Set("sha256:abc", [new DocumentBlock(1, "【规格】", "5 mg")]);
        File.WriteAllText(Directory.GetFiles(_folder).Single(), "{not json");

        Assert.Null(new FilePassageCache(_folder).Get("sha256:abc"));
    }

    [Fact]
    public async Task Recall_SavesItsIndexInTheFolder_AndALaterRunReopensIt_WithTheSameAnswer()
    {
        IReadOnlyList<ClaimLibrary> libraries = [Library()];

        var first = await new ClaimRecallProvider(TimeProvider.System, _folder).RecallAsync(libraries, "和二甲双胍联用的低血糖风险", "康力平", [], 1, CancellationToken.None);
        var saved = Directory.GetFiles(_folder, "*.bin", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();
        var written = Directory.GetFiles(_folder, "vectors.bin", SearchOption.AllDirectories).Single();
        var stamp = File.GetLastWriteTimeUtc(written);
        var second = await new ClaimRecallProvider(TimeProvider.System, _folder).RecallAsync(libraries, "和二甲双胍联用的低血糖风险", "康力平", [], 1, CancellationToken.None);

        Assert.Equal(["idf.bin", "vectors.bin"], saved);
        Assert.Equal("klp-hypo", Assert.Single(first).ClaimId);
        Assert.Equal(first, second);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(written));
    }

    private static ClaimLibrary Library() => new()
    {
        Metadata = new ObjectMeta { Name = "klp-claims", Namespace = "diabetes" },
        Spec = new ClaimLibrarySpec
        {
            Product = "康力平",
            Claims =
            [
                new Claim { Id = "klp-hba1c", Category = "efficacy", Text = "LANTERN-2研究中，加用康力平后HbA1c较基线平均降低0.76%。", References = ["lantern-2"] },
                new Claim { Id = "klp-hypo", Category = "safety", Text = "康力平联合二甲双胍组的低血糖发生率为1.2%，安慰剂联合二甲双胍组为0.9%。", References = ["lantern-2"] },
                new Claim { Id = "klp-dosing", Category = "dosing", Text = "推荐剂量为5 mg，每日一次口服。", References = ["klp-label"] },
            ],
        },
    };
}
