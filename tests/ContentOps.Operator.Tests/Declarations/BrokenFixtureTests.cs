using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Tests.Declarations;

/// <summary>Each file in Broken/ breaks one thing and must get exactly one precise diagnostic.</summary>
public sealed class BrokenFixtureTests
{
    [Theory]
    [InlineData("syntax-error.yaml", DiagnosticCodes.YamlSyntax, 7, 20)]
    [InlineData("unclosed-bracket.yaml", DiagnosticCodes.YamlSyntax, 7, 13)]
    [InlineData("tab-indentation.yaml", DiagnosticCodes.TabIndentation, 4, 1)]
    [InlineData("unknown-field.yaml", DiagnosticCodes.UnknownField, 7, 3)]
    [InlineData("wrong-api-version.yaml", DiagnosticCodes.WrongApiVersion, 1, 13)]
    [InlineData("unknown-kind.yaml", DiagnosticCodes.UnknownKind, 2, 7)]
    [InlineData("alias-bomb.yaml", DiagnosticCodes.AliasExpansionLimit, 13, 10)]
    [InlineData("alias-count.yaml", DiagnosticCodes.AliasCountLimit, 51, 10)]
    [InlineData("undefined-alias.yaml", DiagnosticCodes.UndefinedAlias, 6, 9)]
    [InlineData("invalid-utf8.yaml", DiagnosticCodes.InvalidUtf8, 7, 19)]
    [InlineData("not-a-mapping.yaml", DiagnosticCodes.NotAMapping, 1, 1)]
    [InlineData("missing-name.yaml", DiagnosticCodes.MissingName, 3, 1)]
    [InlineData("missing-required.yaml", DiagnosticCodes.MissingRequiredField, 5, 1)]
    [InlineData("duplicate-key.yaml", DiagnosticCodes.DuplicateKey, 8, 3)]
    [InlineData("wrong-type.yaml", DiagnosticCodes.WrongType, 8, 12)]
    [InlineData("not-allowed-value.yaml", DiagnosticCodes.NotAllowedValue, 6, 9)]
    [InlineData("pattern-mismatch.yaml", DiagnosticCodes.PatternMismatch, 10, 30)]
    [InlineData("invalid-date.yaml", DiagnosticCodes.InvalidFormat, 12, 16)]
    [InlineData("out-of-range.yaml", DiagnosticCodes.OutOfRange, 10, 22)]
    public void Load_ReportsOnePreciseDiagnostic_ForEachBrokenFile(string file, string code, int line, int column)
    {
        var set = new DeclarationLoader().Load(Fixtures.BrokenFile(file));

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal((code, file, line, column), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(set.Resources);
    }

    [Fact]
    public void Load_CoversEveryBrokenFile_WithOneDiagnosticEach()
    {
        var set = new DeclarationLoader().Load(Fixtures.Broken);

        Assert.Equal(set.Files.Count, set.Diagnostics.Count);
        Assert.Equal(set.Files, set.Diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Validate_ReportsUnknownField_WithDidYouMean()
    {
        var diagnostic = Assert.Single(new DeclarationLoader().Load(Fixtures.BrokenFile("unknown-field.yaml")).Diagnostics);

        Assert.Contains("did you mean 'displayName'?", diagnostic.Message);
        Assert.Equal("ChannelTarget/default/typo-channel", diagnostic.ResourceRef);
    }

    [Fact]
    public void Validate_ReportsUnknownKind_WithDidYouMean()
    {
        var diagnostic = Assert.Single(new DeclarationLoader().Load(Fixtures.BrokenFile("unknown-kind.yaml")).Diagnostics);

        Assert.Contains("did you mean 'ChannelTarget'?", diagnostic.Message);
    }

    [Fact]
    public void Validate_NamesExpectedApiVersion()
    {
        var diagnostic = Assert.Single(new DeclarationLoader().Load(Fixtures.BrokenFile("wrong-api-version.yaml")).Diagnostics);

        Assert.Contains("expected 'contentops.io/v1alpha1'", diagnostic.Message);
    }

    [Fact]
    public void Validate_TellsToUseSpaces_ForTabs()
    {
        var diagnostic = Assert.Single(new DeclarationLoader().Load(Fixtures.BrokenFile("tab-indentation.yaml")).Diagnostics);

        Assert.Contains("use spaces", diagnostic.Hint);
    }
}
