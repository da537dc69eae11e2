using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Distribution;

namespace ContentOps.Core.Tests.Distribution;

public sealed class HcpProfileTests
{
    private static readonly DateTimeOffset _given = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Consent_IsInvalid_AfterItExpires_AndBeforeItWasGiven()
    {
        var consent = new ChannelConsent(true, _given, _given.AddDays(30));

        Assert.False(consent.IsValidAt(_given.AddDays(-1)));
        Assert.True(consent.IsValidAt(_given));
        Assert.True(consent.IsValidAt(_given.AddDays(29)));
        Assert.False(consent.IsValidAt(_given.AddDays(30)));
    }

    [Fact]
    public void Consent_WithoutDate_IsNoConsent()
    {
        Assert.False(new ChannelConsent(true, null, null).IsValidAt(_given));
    }

    [Fact]
    public void IsIn_RequiresEveryDeclaredAttribute_AndIgnoresUndeclaredOnes()
    {
        var hcp = new HcpProfile { Id = "hcp-1", Name = "甲", Specialty = "endocrinology", HospitalTier = "tier3", Title = "主任医师", Region = "江苏" };

        Assert.True(hcp.IsIn(new Segment { Name = "a", Specialties = ["Endocrinology"], HospitalTiers = ["tier3"] }));
        Assert.False(hcp.IsIn(new Segment { Name = "b", Specialties = ["endocrinology"], HospitalTiers = ["tier2"] }));
        Assert.False(hcp.IsIn(new Segment { Name = "c", Titles = ["主治医师"] }));
        Assert.True(hcp.IsIn(new Segment { Name = "d" }));
    }

    [Fact]
    public void ConsentFor_AndAddressFor_FollowTheConsentChannel()
    {
        var hcp = new HcpProfile { Id = "hcp-1", Name = "甲", Email = "a@example.com", Mobile = " ", SmsConsent = new ChannelConsent(true, _given, null) };

        Assert.Equal("a@example.com", hcp.AddressFor(ConsentChannels.Email));
        Assert.Null(hcp.AddressFor(ConsentChannels.Sms));
        Assert.True(hcp.ConsentFor(ConsentChannels.Sms).OptIn);
        Assert.False(hcp.ConsentFor(ConsentChannels.Email).OptIn);
    }

    [Fact]
    public async Task InMemoryHistory_ReturnsSendsSinceTheGivenTime_OldestFirst()
    {
        var history = new InMemorySendHistory();
        history.Record(Sent(_given.AddDays(2)));
        history.Record(Sent(_given.AddDays(-5)));
        history.Record(Sent(_given.AddDays(1)));

        var since = await history.SentSinceAsync(_given, CancellationToken.None);

        Assert.Equal([_given.AddDays(1), _given.AddDays(2)], since.Select(s => s.SentAt));
    }

    private static SendRecord Sent(DateTimeOffset at) =>
        new() { Hcp = "hcp-1", Channel = "approved-email", Piece = new PieceRef("diabetes", "klp-email-launch"), SentAt = at };
}
