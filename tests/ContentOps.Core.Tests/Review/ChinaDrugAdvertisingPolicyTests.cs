using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

/// <summary>Pins every rule id of examples/policies/china-drug-advertising.yaml with a violating and a compliant Chinese text.</summary>
public sealed class ChinaDrugAdvertisingPolicyTests
{
    public static readonly string[] RuleIds =
    [
        "absolute-terms", "efficacy-guarantee", "cure-rate", "safety-claim", "comparative", "endorsement", "inducement", "fear-appeal",
        "rx-professional-statement", "otc-statement", "contraindications-and-adverse-reactions", "ad-approval-number",
        "rx-public-audience", "claim-traceability", "off-label", "disguised-ad", "pii", "channel-length",
    ];

    private const string LongSms = SmsPart + SmsPart;

    private const string SmsPart = "【康力平学术会】尊敬的医生您好，诚邀您参加12月线上学术会议，会议将介绍2型糖尿病血糖管理的最新循证进展与临床实践经验分享，" +
        "时间为12月1日晚七点至九点，会议链接将于会前一天发送，欢迎您届时参加并与各位同道交流讨论。本资料仅供医疗卫生专业人士参考。" +
        "如需了解更多会议安排、讲者介绍与日程信息，请联系您的学术代表，感谢您一直以来对糖尿病诊疗事业的关注与支持，期待与您线上相见。回T退订";

    [Fact]
    public void Policy_HasExactlyTheDocumentedRuleIds_AndNoApprovalBlock()
    {
        var policy = PolicyFixtures.ChinaPolicy;

        Assert.Equal("china-drug-ad", policy.Metadata.Name);
        Assert.Equal(RuleIds.Order(), policy.Spec.Rules.Select(r => r.Id).Order());
        Assert.Null(policy.Spec.Approval);
        Assert.Equal(["zh-CN"], policy.Spec.Selector!.Languages);
        Assert.True(PolicyFixtures.Reviewer.Compile(policy).IsValid);
    }

    [Fact]
    public void EveryRuleMessage_CitesItsLegalBasis()
    {
        foreach (var rule in PolicyFixtures.ChinaPolicy.Spec.Rules)
        {
            Assert.Matches("《(广告法|药品管理法|互联网广告管理办法|个人信息保护法)》|市场监管总局令第21号", rule.Message);
            Assert.False(string.IsNullOrWhiteSpace(rule.Basis), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Fix), rule.Id);
        }
    }

    [Theory]
    [InlineData("absolute-terms", "public-otc", "本品是治疗感冒的最佳选择。", "最常见的不良反应为头痛。")]
    [InlineData("efficacy-guarantee", "public-otc", "服用三天，保证有效，无效退款。", "随访期间未见无效病例，请遵医嘱服用。")]
    [InlineData("cure-rate", "public-otc", "临床总有效率98.6%，治愈率高达90%。", "请按疗程服用，症状未缓解请咨询医师。")]
    [InlineData("safety-claim", "public-otc", "纯中药成分，安全无副作用，可长期服用。", "不良反应：恶心、腹泻。")]
    [InlineData("comparative", "public-otc", "疗效优于二甲双胍，比其他降糖药更安全。", "与安慰剂相比，疗效显著优于安慰剂。")]
    [InlineData("endorsement", "public-otc", "协和医院张主任推荐：我的患者都在用。", "根据专家共识推荐，起始剂量为每日一次。")]
    [InlineData("inducement", "public-otc", "限时免费赠送一个疗程，买一送一！", "欢迎参加12月线上学术会议。")]
    [InlineData("fear-appeal", "public-otc", "血糖不控制，3年内必然失明截肢！", "长期高血糖可增加并发症风险，请遵医嘱规律治疗。")]
    [InlineData("rx-professional-statement", "hcp", "欢迎参加线上学术会议。", "欢迎参加线上学术会议。\n\n本资料仅供医疗卫生专业人士参考")]
    [InlineData("rx-professional-statement", "hcp", "欢迎参加线上学术会议。", "欢迎参加线上学术会议。\n\n本广告仅供医学药学专业人士阅读")]
    [InlineData("otc-statement", "public-otc", "感冒发热，就用康力平。", "感冒发热，就用康力平。\n\n请按药品说明书或者在药师指导下购买和使用")]
    [InlineData("contraindications-and-adverse-reactions", "hcp", "欢迎参加线上学术会议。", "禁忌：对本品过敏者禁用。\n\n不良反应：最常见的不良反应为低血糖。")]
    [InlineData("ad-approval-number", "public-otc", "感冒发热，就用康力平。", "感冒发热，就用康力平。\n\n沪药广审（文）第2026010001号")]
    [InlineData("rx-public-audience", "rx-public", "欢迎了解康力平。", null)]
    [InlineData("claim-traceability", "hcp", "康力平可使HbA1c降低2.5%。", "欢迎参加12月线上学术会议。")]
    [InlineData("off-label", "hcp", "康力平也可用于1型糖尿病患者。", "康力平不适用于1型糖尿病患者。")]
    [InlineData("disguised-ad", "disease-awareness", "秋冬控糖小知识：规律运动。点击下方链接购买康力平。", "秋冬控糖小知识：规律运动、合理饮食。")]
    [InlineData("pii", "hcp", "患者王建国，男，58岁，确诊2型糖尿病。", "患者王某，男，58岁，确诊2型糖尿病。")]
    [InlineData("channel-length", "sms-hcp", LongSms, "【康力平学术会】诚邀您参加12月1日线上学术会议。本资料仅供医疗卫生专业人士参考。回T退订")]
    public void Rule_FlagsViolation_AndPassesCompliantText(string ruleId, string context, string violating, string? compliant)
    {
        var reviewContext = ContextNamed(context);

        var violation = Contexts.ReviewChina(violating, reviewContext);

        Assert.Contains(violation.Findings, f => f.RuleId == ruleId && f.Policy == "china-drug-ad");
        if (compliant is not null)
        {
            Assert.Empty(Contexts.ReviewChina(compliant, reviewContext).Rule(ruleId));
        }
    }

    [Fact]
    public void OffLabel_DoesNotRun_WhenTheContextNamesNoLabelIndications()
    {
        const string Text = "康力平也可用于1型糖尿病患者。";

        Assert.NotEmpty(Contexts.ReviewChina(Text, Contexts.HcpAcademic).Rule("off-label"));
        Assert.Empty(Contexts.ReviewChina(Text, Contexts.HcpAcademic with { Product = null }).Rule("off-label"));
    }

    [Fact]
    public void RxPublicAudience_PassesVerifiedHcpChannel_AndFlagsUnverifiedWeChat()
    {
        Assert.Empty(Contexts.ReviewChina("欢迎了解康力平。", Contexts.HcpAcademic).Rule("rx-public-audience"));

        var unverified = Contexts.ReviewChina("欢迎了解康力平。", Contexts.HcpAcademic with { ChannelHcpVerified = false });

        Assert.Single(unverified.Rule("rx-public-audience"));
    }

    [Fact]
    public void ChannelLength_FlagsWeChatTitleOver64Characters()
    {
        var verdict = Contexts.ReviewChina("正文。", Contexts.HcpAcademic, title: new string('糖', 70));

        var finding = Assert.Single(verdict.Rule("channel-length"));
        Assert.Equal((1, 65, 6), (finding.Line, finding.Column, finding.Length));
    }

    internal static ReviewContext ContextNamed(string name) => name switch
    {
        "public-otc" => Contexts.PublicOtcAd,
        "hcp" => Contexts.HcpAcademic,
        "rx-public" => Contexts.PublicOtcAd with { ProductType = "rx" },
        "disease-awareness" => Contexts.PublicOtcAd with { AssetType = "disease-awareness" },
        "sms-hcp" => Contexts.HcpAcademic with { Format = "sms", ChannelType = "sms" },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
