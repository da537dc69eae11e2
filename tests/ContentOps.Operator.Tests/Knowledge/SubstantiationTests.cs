using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Tests.Knowledge;

/// <summary>Every example claim is anchored to a passage of its sources; a changed number is caught with file:line and the closest passage.</summary>
public sealed class SubstantiationTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("contentops-knowledge-").FullName;

    public SubstantiationTests() => CopyDirectory(Crds.RepositoryRoot.Combine("examples"), _copy);

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Examples_AnchorEveryClaim_WithoutFindings()
    {
        var set = new DeclarationLoader().Load(_copy);

        Assert.DoesNotContain(set.Diagnostics, d => d.Code.StartsWith("CO05", StringComparison.Ordinal));
        var library = set.Resources.Select(d => d.Resource).OfType<Core.Api.Claims.ClaimLibrary>().Single();
        var anchored = library.Spec.Claims.Where(c => c.Status == "approved")
            .Select(c => ContentOps.Operator.Knowledge.KnowledgeDiagnostics.Substantiate(set.Knowledge, "diabetes", c)).ToList();
        Assert.All(anchored, a => Assert.True(a is { IsSubstantiated: true }, $"{a?.ClaimId} not substantiated"));
    }

    [Fact]
    public void ChangedNumber_InAClaim_IsAWarning_NamingTheClaimLine_AndTheClosestPassage()
    {
        Edit("claims/klp-claims.yaml", "HbA1c较基线平均降低0.76%", "HbA1c较基线平均降低0.86%");

        var set = new DeclarationLoader().Load(_copy);

        var warning = Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.ClaimNotSubstantiated);
        Assert.False(warning.IsError);
        Assert.Equal("claims/klp-claims.yaml", warning.File);
        Assert.Equal(LineOf("claims/klp-claims.yaml", "- id: klp-hba1c-24w-met") + 2, warning.Line);
        Assert.Contains("0.86%", warning.Message, StringComparison.Ordinal);
        Assert.Contains("closest passage", warning.Message, StringComparison.Ordinal);
        Assert.Contains("0.76%", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedPopulation_IsCaught_AgainstAnEnglishPdf()
    {
        Edit("claims/klp-claims.yaml", "在LANTERN-2研究中，康力平®联合二甲双胍组的低血糖发生率为1.2%", "在LANTERN-2研究中，老年患者康力平®联合二甲双胍组的低血糖发生率为1.2%");

        var set = new DeclarationLoader().Load(_copy);

        var warning = Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.ClaimNotSubstantiated);
        Assert.Contains("老年", warning.Message, StringComparison.Ordinal);
        Assert.Contains("lantern-2.pdf p.2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicySwitch_MakesAnUnsubstantiatedClaim_AnError()
    {
        Edit("claims/klp-claims.yaml", "HbA1c较基线平均降低0.76%", "HbA1c较基线平均降低0.86%");
        Edit("claims/klp-claims.yaml", "  product: 康力平\n", "  product: 康力平\n  substantiation: error\n");

        var set = new DeclarationLoader().Load(_copy);

        Assert.True(Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.ClaimNotSubstantiated).IsError);
    }

    [Fact]
    public void UnreadableFile_IsAWarning_NamingTheFile_AndMissingPath_AnError()
    {
        File.WriteAllText(Path.Combine(_copy, "knowledge/studies/lantern-2/broken.pdf"), "%PDF-1.7 this is not a PDF");
        Edit("knowledge/sources.yaml", "files: [knowledge/guidelines/cds-2020-excerpt.txt]", "files: [knowledge/guidelines/cds-2021.txt]");

        var set = new DeclarationLoader().Load(_copy);

        var unreadable = Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.KnowledgeFileUnreadable);
        Assert.Contains("knowledge/studies/lantern-2/broken.pdf", unreadable.Message, StringComparison.Ordinal);
        Assert.Equal("knowledge/sources.yaml", unreadable.File);
        var missing = Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.KnowledgeFileMissing);
        Assert.True(missing.IsError);
        Assert.Contains("cds-2021.txt", missing.Message, StringComparison.Ordinal);
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_copy, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(_copy, file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.Contains("/.contentops/", StringComparison.Ordinal) || file.Contains("/out/", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
