using ContentOps.Core.Distribution.Profiles;

namespace ContentOps.Core.Tests.Distribution;

public sealed class ProfileFileReaderTests
{
    private const string Header = "id,name,title,specialty,hospital,hospitalTier,region,verified,wechatOpenId,email,mobile,wechatOptIn,emailOptIn,smsOptIn,consentAt,preferredChannel,personalizationOptOut,repId";

    [Fact]
    public void ReadCsv_KeepsGoodRows_AndRejectsBadOnesWithFileAndLine()
    {
        var csv = Header + "\n"
            + "hcp-1,甲,主任医师,endocrinology,\"澜江市第一人民医院, 内分泌科\",tier3,江苏,true,o1,a@example.com,13800000001,true,true,false,2026-03-01,wechat,false,rep-1\n"
            + "hcp-2,乙,主治医师,endocrinology,医院,tier2,江苏,maybe,,,,false,false,false,,email,false,rep-1\n"
            + "hcp-3,丙,主治医师,endocrinology,医院,tier2,江苏,true,,,,false,true,false,,email,false,rep-1\n";

        var result = ProfileFileReader.ReadCsv(new StringReader(csv), "profiles/hcps.csv");

        Assert.Null(result.Error);
        var good = Assert.Single(result.Profiles);
        Assert.Equal("澜江市第一人民医院, 内分泌科", good.Hospital);
        Assert.True(good.WeChatConsent.IsValidAt(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8))));
        Assert.Collection(result.Rejected,
            r => Assert.Equal(("profiles/hcps.csv:3", true), (r.Location, r.Message.Contains("verified", StringComparison.Ordinal))),
            r => Assert.Equal(("profiles/hcps.csv:4", true), (r.Location, r.Message.Contains("consentAt", StringComparison.Ordinal))));
    }

    [Fact]
    public void ReadCsv_FailsNamingTheMissingColumn()
    {
        var result = ProfileFileReader.ReadCsv(new StringReader(Header.Replace(",repId", "", StringComparison.Ordinal) + "\n"), "hcps.csv");

        Assert.NotNull(result.Error);
        Assert.Contains("repId", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Profiles);
    }

    [Fact]
    public void ReadCsv_CountsLinesInsideQuotedLineBreaks_AndRejectsRepeatedIds()
    {
        var row = "hcp-1,甲,主任医师,endocrinology,\"two\nlines\",tier3,江苏,true,,,,false,false,false,,,false,rep-1\n";
        var result = ProfileFileReader.ReadCsv(new StringReader(Header + "\r\n" + row + row), "h.csv");

        Assert.Single(result.Profiles);
        var repeated = Assert.Single(result.Rejected);
        Assert.Equal("h.csv:4", repeated.Location);
        Assert.Contains("h.csv:2", repeated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJsonl_RejectsRowsMissingAKey_AndReadsTypedValues()
    {
        var good = """{"id":"hcp-1","name":"甲","title":"","specialty":"endocrinology","hospital":"","hospitalTier":"tier3","region":"","verified":true,"wechatOpenId":null,"email":"a@example.com","mobile":"13800000001","wechatOptIn":false,"emailOptIn":true,"smsOptIn":false,"consentAt":"2026-03-01T09:00:00+08:00","preferredChannel":"email","personalizationOptOut":true,"repId":"rep-1","opens":3}""";
        var missing = """{"id":"hcp-2","name":"乙"}""";

        var result = ProfileFileReader.ReadJsonl(new StringReader(good + "\n\n" + missing + "\nnot json\n"), "h.jsonl");

        var profile = Assert.Single(result.Profiles);
        Assert.True(profile.PersonalizationOptOut);
        Assert.Equal(3, profile.Engagement.Opens);
        Assert.Equal(["h.jsonl:3", "h.jsonl:4"], result.Rejected.Select(r => r.Location));
        Assert.Contains("repId", result.Rejected[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_ProfilesRead_WithTheTwoDeliberatelyBadRowsRejected()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "profiles", "hcps.csv");

        var result = ProfileFileReader.Read(path, "hcps.csv");

        Assert.Null(result.Error);
        Assert.Equal(300, result.Profiles.Count);
        Assert.Equal(["hcps.csv:302", "hcps.csv:303"], result.Rejected.Select(r => r.Location));
        Assert.All(result.Profiles.Where(p => p.Email is not null), p => Assert.EndsWith("@example.com", p.Email, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ContentOps.sln")))
        {
            folder = folder.Parent;
        }
        return folder!.FullName;
    }
}
