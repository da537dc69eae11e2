using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Declarations;

/// <summary>Each test breaks one cross-resource rule in a copy of the valid fixtures and expects exactly that finding.</summary>
public sealed class SemanticRuleTests
{
    private static readonly FakeTimeProvider _beforeLaunch = new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));

    private static Diagnostic LoadSingle(Action<TempDirectory> breakIt, TimeProvider? time = null)
    {
        using var dir = Fixtures.CopyOfValid();
        breakIt(dir);
        var set = new DeclarationLoader(time ?? _beforeLaunch, DeclarationLimits.Default).Load(dir.Path);
        return Assert.Single(set.Diagnostics);
    }

    private static void AssertAt(Diagnostic diagnostic, string code, string file, int line, int column) =>
        Assert.Equal((code, file, line, column), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));

    [Fact]
    public void Validate_ReportsDuplicateResource_AtSecond_NamingFirst()
    {
        var diagnostic = LoadSingle(dir => File.Copy(dir.File("audience.yaml"), dir.File("team-b.yaml")));

        AssertAt(diagnostic, DiagnosticCodes.DuplicateResource, "team-b.yaml", 4, 9);
        Assert.Contains("already declared at audience.yaml:1", diagnostic.Message);
        Assert.Equal("Audience/diabetes/endocrinologists", diagnostic.ResourceRef);
    }

    [Fact]
    public void Validate_ReportsUnknownChannel_WithDidYouMean()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("pieces.yaml", "channels: [wechat-hcp]", "channels: [wechat-hpc]"));

        AssertAt(diagnostic, DiagnosticCodes.UnresolvedReference, "pieces.yaml", 9, 14);
        Assert.Contains("did you mean 'wechat-hcp'?", diagnostic.Message);
    }

    [Fact]
    public void Validate_ReportsChannelTheCampaignDoesNotList()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("campaign.yaml", "channels: [wechat-hcp, email-hcp]", "channels: [email-hcp]"));

        AssertAt(diagnostic, DiagnosticCodes.ChannelNotInCampaign, "pieces.yaml", 9, 14);
    }

    [Fact]
    public void Validate_ReportsClaimOutsideCampaignLibraries()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("pieces.yaml", "stn-hypo-rate]", "stn-hypo-rates]"));

        AssertAt(diagnostic, DiagnosticCodes.UnresolvedReference, "pieces.yaml", 16, 27);
        Assert.Contains("did you mean 'stn-hypo-rate'?", diagnostic.Message);
    }

    [Fact]
    public void Validate_ReportsUnknownKeyMessage()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("pieces.yaml", "keyMessages: [efficacy]", "keyMessages: [safety]"));

        AssertAt(diagnostic, DiagnosticCodes.UnresolvedReference, "pieces.yaml", 15, 17);
    }

    [Fact]
    public void Validate_ReportsUnknownSegment()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("pieces.yaml", "segments: [tier3-endocrinology]", "segments: [tier1-endocrinology]"));

        AssertAt(diagnostic, DiagnosticCodes.UnresolvedReference, "pieces.yaml", 10, 36);
    }

    [Fact]
    public void Validate_ReportsClaimReferenceMissingFromLibrary()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("claims.yaml", "references: [stn-ph3-2025]\n      expires", "references: [stn-ph4]\n      expires"));

        AssertAt(diagnostic, DiagnosticCodes.UnresolvedReference, "claims.yaml", 17, 20);
    }

    [Fact]
    public void Validate_ReportsApprovalOfMissingPiece()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("pieces.yaml", "contentPiece: stn-wechat-efficacy", "contentPiece: stn-wechat-effcacy"));

        AssertAt(diagnostic, DiagnosticCodes.UnresolvedReference, "pieces.yaml", 24, 17);
    }

    [Fact]
    public void Validate_ReportsPublishAtAfterExpireAt()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("pieces.yaml", "expireAt: \"2027-11-30T23:59:59+08:00\"", "expireAt: \"2026-11-30T23:59:59+08:00\""));

        AssertAt(diagnostic, DiagnosticCodes.ScheduleOrder, "pieces.yaml", 18, 64);
    }

    [Fact]
    public void Validate_ReportsPieceOutsideCampaignSchedule()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("campaign.yaml", "end: 2027-12-31T23:59:59+08:00", "end: 2027-06-30T23:59:59+08:00"));

        AssertAt(diagnostic, DiagnosticCodes.OutsideCampaignSchedule, "pieces.yaml", 18, 64);
    }

    [Fact]
    public void Validate_ReportsChannelThatRejectsFormat()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("channels.yaml", "formats: [wechat-article]", "formats: [email]"));

        AssertAt(diagnostic, DiagnosticCodes.ChannelFormatMismatch, "pieces.yaml", 9, 14);
    }

    [Fact]
    public void Validate_ReportsPrescriptionPieceOnUnverifiedChannel()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("channels.yaml", "hcpVerified: yes", "hcpVerified: no"));

        AssertAt(diagnostic, DiagnosticCodes.PrescriptionToPublic, "pieces.yaml", 9, 14);
    }

    [Fact]
    public void Validate_ReportsPrescriptionPieceForThePublic()
    {
        using var dir = Fixtures.CopyOfValid();
        dir.Replace("pieces.yaml", "audience: {role: hcp,", "audience: {role: public,");
        var set = new DeclarationLoader(_beforeLaunch, DeclarationLimits.Default).Load(dir.Path);

        var rx = Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.PrescriptionToPublic);
        AssertAt(rx, DiagnosticCodes.PrescriptionToPublic, "pieces.yaml", 10, 20);
        Assert.Contains(set.Diagnostics, d => d.Code == DiagnosticCodes.ChannelAudienceMismatch);
    }

    [Fact]
    public void Validate_ReportsDraftClaim_AsError()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("claims.yaml", "category: safety", "category: safety\n      status: draft"));

        AssertAt(diagnostic, DiagnosticCodes.ClaimNotApproved, "pieces.yaml", 16, 27);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    /// <summary>A retraction must merge: the run withdraws the piece, so validate only warns.</summary>
    [Fact]
    public void Validate_WarnsAboutWithdrawnClaim_SoTheRetractionMerges()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("claims.yaml", "category: safety", "category: safety\n      status: withdrawn"));

        AssertAt(diagnostic, DiagnosticCodes.ClaimWithdrawn, "pieces.yaml", 16, 27);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("withdraws this piece from every channel", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WarnsAboutExpiredClaim_UsingInjectedTime()
    {
        var after = new FakeTimeProvider(new DateTimeOffset(2100, 1, 2, 0, 0, 0, TimeSpan.Zero));
        var diagnostic = LoadSingle(_ => { }, after);

        AssertAt(diagnostic, DiagnosticCodes.ClaimExpired, "pieces.yaml", 16, 27);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Validate_WarnsWhenARequiredApprovalRoleHasNoRoster_AtTheRole_WithTheRosterToAdd()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("policy.yaml", "      - {role: legal, people: [{name: 李航, email: li.legal@example.com}]}\n", ""));

        AssertAt(diagnostic, DiagnosticCodes.ApprovalRosterMissing, "policy.yaml", 11, 22);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("approval by 'legal' is required", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("approvers: [{role: legal, people: [{name: NAME, email: EMAIL}]", diagnostic.Hint, StringComparison.Ordinal);
    }

    /// <summary>Review drops a policy whose rules do not compile, so validate must say so instead of letting it go quiet.</summary>
    [Fact]
    public void Validate_ReportsARuleThatDoesNotCompile_AtTheRule()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("policy.yaml", "  rules:\n",
            "  rules:\n    - id: bad-regex\n      kind: pattern\n      severity: block\n      message: m\n      patterns: [\"([a-z\"]\n"));

        AssertAt(diagnostic, DiagnosticCodes.PolicyDoesNotCompile, "policy.yaml", 17, 7);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("rule 'bad-regex' does not compile: invalid regular expression '([a-z'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsUnknownTimeZone()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("campaign.yaml", "timeZone: Asia/Shanghai", "timeZone: Mars/Olympus_Mons"));

        AssertAt(diagnostic, DiagnosticCodes.UnknownTimeZone, "campaign.yaml", 28, 15);
    }

    [Fact]
    public void Validate_ReportsDuplicateSegmentName()
    {
        var diagnostic = LoadSingle(dir => dir.Replace("audience.yaml", "- name: tier2-endocrinology", "- name: tier3-endocrinology"));

        AssertAt(diagnostic, DiagnosticCodes.DuplicateId, "audience.yaml", 13, 13);
    }
}
