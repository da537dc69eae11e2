using ContentOps.Core.Distribution;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Tests.Distribution;

public sealed class ConsentSuppressionTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8));

    private static HcpProfile Profile(DateTimeOffset consentAt) => new()
    {
        Id = "hcp-1",
        Name = "医生",
        EmailConsent = new ChannelConsent(true, consentAt, null),
        SmsConsent = new ChannelConsent(true, consentAt, null),
    };

    [Fact]
    public void Apply_RemovesOnlyTheWithdrawnChannel_OfOnlyThatHcp()
    {
        var index = ConsentSuppression.Index([new ConsentWithdrawal("hcp-1", ConsentChannels.Email, _at, "one-click unsubscribe")]);
        var other = Profile(_at.AddDays(-30)) with { Id = "hcp-2" };

        var applied = ConsentSuppression.Apply([Profile(_at.AddDays(-30)), other], index);

        Assert.False(applied[0].EmailConsent.OptIn);
        Assert.True(applied[0].SmsConsent.OptIn);
        Assert.Equal(other, applied[1]);
    }

    [Fact]
    public void Apply_KeepsAConsentGivenAgainAfterTheWithdrawal()
    {
        var index = ConsentSuppression.Index([new ConsentWithdrawal("hcp-1", ConsentChannels.Email, _at, "one-click unsubscribe")]);

        var applied = ConsentSuppression.Apply([Profile(_at.AddDays(1))], index);

        Assert.True(applied[0].EmailConsent.OptIn);
    }
}
