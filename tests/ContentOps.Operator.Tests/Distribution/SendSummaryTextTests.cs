using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Distribution;

namespace ContentOps.Operator.Tests.Distribution;

public sealed class SendSummaryTextTests
{
    private static SendPlanSummary OneSendOn(string channel, int count)
    {
        var summary = new SendPlanSummary();
        summary.For(new("diabetes", "klp-wechat-efficacy")).Planned[channel] = count;
        return summary;
    }

    private static Dictionary<string, ChannelTargetSpec> WeChat(string? templateId) => new()
    {
        ["diabetes/wechat-hcp"] = new ChannelTargetSpec { Type = "wechat", Endpoint = "https://api.weixin.qq.com", TemplateId = templateId },
    };

    [Fact]
    public void Render_SaysALoneWeChatRecipientWaits_WhenTheChannelHasNoTemplate()
    {
        var text = SendSummaryText.Render(OneSendOn("wechat-hcp", 1), WeChat(templateId: null));

        Assert.Contains("    wechat-hcp: one doctor is due and a WeChat mass send needs two recipients; without spec.templateId the send waits", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tmpl-article-ready", 1)]
    [InlineData(null, 2)]
    public void Render_PromisesNoWait_WhenATemplateReachesOneDoctor_OrTwoAreDue(string? templateId, int due)
    {
        var text = SendSummaryText.Render(OneSendOn("wechat-hcp", due), WeChat(templateId));

        Assert.DoesNotContain("needs two recipients", text, StringComparison.Ordinal);
    }
}
