using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution;

namespace ContentOps.Core.Tests.Distribution;

public sealed class ConsentChannelsTests
{
    [Theory]
    [InlineData("smtp", "email", "email")]
    [InlineData("wechat", "wechat-article", "wechat")]
    [InlineData("sms", "sms", "sms")]
    [InlineData("file", "email", "email")]
    [InlineData("file", "wechat-article", "wechat")]
    [InlineData("webhook", "sms", "sms")]
    public void For_MapsTypeOrFormat_ToTheConsentChannel(string type, string format, string expected)
    {
        Assert.Equal(expected, ConsentChannels.For(new ChannelTargetSpec { Type = type, Formats = [format] }));
    }

    [Fact]
    public void For_IsNull_ForRepFacingChannels()
    {
        Assert.Null(ConsentChannels.For(new ChannelTargetSpec { Type = "file", Formats = ["rep-talk-track"] }));
    }
}
