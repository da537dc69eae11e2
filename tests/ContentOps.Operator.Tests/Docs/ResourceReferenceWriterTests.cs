using ContentOps.Operator.Docs;
using ContentOps.Operator.Tests.Crds;

namespace ContentOps.Operator.Tests.Docs;

public sealed class ResourceReferenceWriterTests
{
    [Fact]
    public void Readme_ResourceReference_MatchesTheResourceTypes()
    {
        var readmePath = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(readmePath);

        var expected = ResourceReferenceWriter.Splice(readme, ResourceReferenceWriter.ForCoreApi().Write());

        Assert.True(expected == readme,
            "README.md's resource reference is out of date: run 'dotnet run --project operator/ContentOps.Operator -- reference --update README.md'.");
    }

    [Fact]
    public void Reference_DocumentsEveryKind_AndItsRequiredSpecFields()
    {
        var reference = ResourceReferenceWriter.ForCoreApi().Write();

        foreach (var kind in new[] { "Campaign", "ContentPiece", "SopPolicy", "ChannelTarget", "ClaimLibrary", "Audience", "Approval" })
        {
            Assert.Contains($"### {kind}\n", reference);
        }

        Assert.Contains("| `spec.contentDigest` | string, required |", reference);
        Assert.Contains("| `spec.format` | string, required |", reference);
    }

    [Fact]
    public void Splice_Throws_WhenTheReadmeHasNoGeneratedSection()
    {
        Assert.Throws<InvalidOperationException>(() => ResourceReferenceWriter.Splice("# README\n", "x"));
    }
}
