using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Tests.Declarations;

public sealed class DeclarationLoaderTests
{
    [Fact]
    public void Load_ValidFixtures_HasNoDiagnostics()
    {
        var set = new DeclarationLoader().Load(Fixtures.Valid);

        Assert.Empty(set.Diagnostics);
        Assert.False(set.HasErrors);
        Assert.Equal(8, set.Resources.Count);
        Assert.Equal(Fixtures.Valid, set.Root);
    }

    [Fact]
    public void Load_KeepsFileThenDocumentOrder()
    {
        var set = new DeclarationLoader().Load(Fixtures.Valid);

        var order = set.Resources.Select(d => (d.FilePath, d.DocumentIndex, d.Resource.Kind)).ToList();
        Assert.Equal(order.OrderBy(o => o.FilePath, StringComparer.Ordinal).ThenBy(o => o.DocumentIndex), order);
        Assert.Contains(("pieces.yaml", 1, "Approval"), order);
    }

    [Fact]
    public void Load_ReadsMultiDocumentFiles_IntoConcreteTypes()
    {
        var set = new DeclarationLoader().Load(Path.Combine(Fixtures.Valid, "channels.yaml"));

        Assert.Collection(set.Resources,
            d => Assert.Equal(("wechat-hcp", 0), (Assert.IsType<ChannelTarget>(d.Resource).Metadata.Name, d.DocumentIndex)),
            d => Assert.Equal(("email-hcp", 1), (Assert.IsType<ChannelTarget>(d.Resource).Metadata.Name, d.DocumentIndex)));
    }

    [Fact]
    public void Load_ConvertsScalars_AsTheSchemaExpects()
    {
        var set = new DeclarationLoader().Load(Fixtures.Valid);

        var wechat = set.Resources.Select(d => d.Resource).OfType<ChannelTarget>().Single(c => c.Metadata.Name == "wechat-hcp");
        Assert.True(wechat.Spec.HcpVerified);
        Assert.Equal("22:00", wechat.Spec.QuietHours!.Start);
        var piece = set.Resources.Select(d => d.Resource).OfType<ContentPiece>().Single();
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8)), piece.Spec.Schedule!.PublishAt);
        Assert.StartsWith("面向三甲医院", piece.Spec.Brief);
    }

    [Fact]
    public void Load_KeepsYamlBooleanWords_AsStrings_InStringFields()
    {
        using var dir = Fixtures.CopyOfValid();
        dir.Replace("channels.yaml", "displayName: 医生服务号", "displayName: no");

        var set = new DeclarationLoader().Load(dir.Path);

        Assert.Empty(set.Diagnostics);
        Assert.Contains(set.Resources, d => d.Resource is ChannelTarget { Spec.DisplayName: "no" });
    }

    [Fact]
    public void Load_BuildsSourceMap_AndLocatesNearestAncestor()
    {
        var piece = new DeclarationLoader().Load(Fixtures.Valid).Resources.Single(d => d.Resource is ContentPiece);

        Assert.Equal(new SourceLocation(9, 14), piece.Locate("spec.channels[0]"));
        Assert.Equal(new SourceLocation(16, 27), piece.Locate("spec.claims[1]"));
        Assert.Equal(piece.Locate("spec.generation"), piece.Locate("spec.generation.model"));
        Assert.Equal(new SourceLocation(1, 1), piece.Locate(""));
    }

    [Fact]
    public void Load_WarnsAboutStatus_AndIgnoresIt()
    {
        using var dir = Fixtures.CopyOfValid();
        dir.Replace("audience.yaml", "spec:\n", "status:\n  segments: 9\nspec:\n");

        var set = new DeclarationLoader().Load(dir.Path);

        var warning = Assert.Single(set.Diagnostics);
        Assert.Equal((DiagnosticCodes.StatusIgnored, DiagnosticSeverity.Warning, 6, 1), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Contains("status is written by the operator; it is ignored", warning.Message);
        Assert.False(set.HasErrors);
        Assert.All(set.Resources, d => Assert.Null(d.Resource.GetType().GetProperty("Status")!.GetValue(d.Resource)));
    }

    [Fact]
    public void Load_ReportsMissingPath()
    {
        var set = new DeclarationLoader().Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal((DiagnosticCodes.PathNotFound, "", 0, 0), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_ReportsEmptyFolder()
    {
        using var dir = TempDirectory.Create();
        dir.Write(".contentops/state.yaml", "not: read");
        dir.Write(".github/workflow.yml", "not: read");
        dir.Write("README.md", "# not yaml");

        var set = new DeclarationLoader().Load(dir.Path);

        Assert.Equal(DiagnosticCodes.NoYamlFiles, Assert.Single(set.Diagnostics).Code);
        Assert.Null(set.SourceRevision);
    }

    [Fact]
    public void Load_ReportsFileOverSizeLimit_NamingTheLimit()
    {
        using var dir = TempDirectory.Create();
        dir.Write("huge.yaml", "# " + new string('x', 1024 * 1024));

        var diagnostic = Assert.Single(new DeclarationLoader().Load(dir.Path).Diagnostics);

        Assert.Equal((DiagnosticCodes.FileTooLarge, "huge.yaml", 1, 1), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("1 MiB", diagnostic.Message);
    }

    [Fact]
    public void Load_ReportsDeepNesting_WithoutOverflowingTheStack()
    {
        using var dir = TempDirectory.Create();
        dir.Write("deep.yaml", new string('[', 100_000) + new string(']', 100_000));

        var diagnostic = Assert.Single(new DeclarationLoader().Load(dir.Path).Diagnostics);

        Assert.Equal((DiagnosticCodes.NestingTooDeep, 1, 66), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_CollectsAllErrors_AcrossDocumentsAndFiles()
    {
        using var dir = Fixtures.CopyOfValid();
        dir.Replace("channels.yaml", "type: wechat", "type: wechatt");
        dir.Replace("channels.yaml", "type: file", "typ: file");
        dir.Replace("audience.yaml", "role: hcp", "role: doctors");

        var codes = new DeclarationLoader().Load(dir.Path).Diagnostics.Select(d => d.Code).ToList();

        Assert.Contains(DiagnosticCodes.NotAllowedValue, codes);
        Assert.Contains(DiagnosticCodes.UnknownField, codes);
        Assert.Contains(DiagnosticCodes.MissingRequiredField, codes);
        Assert.True(codes.Count(c => c == DiagnosticCodes.NotAllowedValue) >= 2);
    }
}
