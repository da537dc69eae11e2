using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

/// <summary>
/// The China policy's composite rules catch violations written without the listed words (the evasions of issue 14),
/// and pass label text, trial reporting, negations and institution names with ordinals.
/// </summary>
public sealed class ChinaPolicyGeneralisationTests
{
    [Theory]
    [InlineData("efficacy-guarantee", "一周见好。")]
    [InlineData("efficacy-guarantee", "两个疗程断根。")]
    [InlineData("efficacy-guarantee", "用完就不再犯。")]
    [InlineData("efficacy-guarantee", "三个月可使血糖、血压恢复正常。")]
    [InlineData("efficacy-guarantee", "本品能治愈高血压。")]
    [InlineData("efficacy-guarantee", "皮肤如枯木逢春。")]
    [InlineData("endorsement", "患者王女士：用了以后睡眠全好了。")]
    [InlineData("cure-rate", "十个患者九个好转。")]
    [InlineData("cure-rate", "上万名患者康复。")]
    [InlineData("cure-rate", "大部分病人三天见效。")]
    [InlineData("cure-rate", "对心脏病的有效率94%。")]
    [InlineData("safety-claim", "零伤害。")]
    [InlineData("safety-claim", "对肝肾无任何负担。")]
    [InlineData("safety-claim", "纯天然无刺激。")]
    [InlineData("comparative", "一盒抵三盒。")]
    [InlineData("comparative", "效果胜过进口药。")]
    [InlineData("comparative", "比同类产品见效快。")]
    [InlineData("absolute-terms", "行业标杆。")]
    [InlineData("absolute-terms", "开创先河。")]
    [InlineData("absolute-terms", "独一无二。")]
    [InlineData("absolute-terms", "国内仅有。")]
    [InlineData("endorsement", "三甲医院都在用。")]
    [InlineData("endorsement", "协会指定。")]
    [InlineData("endorsement", "某主任亲测。")]
    [InlineData("endorsement", "我妈吃了半年，血压一直很稳。")]
    [InlineData("inducement", "满199减50。")]
    [InlineData("inducement", "下单即返现。")]
    [InlineData("inducement", "第二件半价。")]
    [InlineData("fear-appeal", "拖下去就晚了。")]
    [InlineData("fear-appeal", "小心并发症找上门。")]
    [InlineData("fear-appeal", "脸上长斑，老公都不愿多看你一眼。")]
    [InlineData("efficacy-guarantee", "改善肺结节、降血糖、降脂降压。")]
    [InlineData("efficacy-guarantee", "提高免疫力，防癌抗癌，保肝解毒。")]
    [InlineData("efficacy-guarantee", "本元草方抗新冠病毒。")]
    [InlineData("efficacy-guarantee", "一查卵巢囊肿也没有了。")]
    [InlineData("efficacy-guarantee", "骨质增生自然消融。")]
    [InlineData("efficacy-guarantee", "每次三分钟孩子不近视。")]
    [InlineData("efficacy-guarantee", "外敷一盒就能瘦15斤。")]
    [InlineData("efficacy-guarantee", "坚持吃了1个月，肠胃消化比之前好多了。")]
    [InlineData("endorsement", "网友留言：用了一周痘痘全消了。")]
    [InlineData("endorsement", "十人用九人说好。")]
    [InlineData("endorsement", "每个月都能收到几百封感谢信。")]
    [InlineData("endorsement", "院士团队倾力研发。")]
    [InlineData("endorsement", "钟南山推荐护目镜。")]
    [InlineData("cure-rate", "短短一年它成功地救治了27.2万脑中风患者。")]
    [InlineData("inducement", "到店体检全部0元。")]
    [InlineData("inducement", "前50名到店顾客送价值299元理疗一次。")]
    [InlineData("inducement", "今日到院免挂号费，检查费全免。")]
    [InlineData("absolute-terms", "浙江人治腋臭必选。")]
    [InlineData("absolute-terms", "引领华东腋臭诊疗。")]
    [InlineData("fear-appeal", "一旦发展成尿毒症，一辈子都要靠透析。")]
    [InlineData("fear-appeal", "头发稀疏的男人，在职场上处处碰壁。")]
    [InlineData("endorsement", "知名主持人自曝用它调理了三个月。")]
    [InlineData("endorsement", "我婆婆用了都说好。")]
    [InlineData("endorsement", "连医院的护士长都偷偷囤了好几盒。")]
    [InlineData("efficacy-guarantee", "对三高人群效果特别明显。")]
    [InlineData("efficacy-guarantee", "治疗飞蚊症、老花眼、脚气等疾病。")]
    [InlineData("efficacy-guarantee", "激活毛囊，头发重新长出来。")]
    [InlineData("cure-rate", "阴茎100%增粗。")]
    [InlineData("cure-rate", "已帮助80万患者重获健康。")]
    [InlineData("safety-claim", "微创手术，几乎感觉不到疼。")]
    [InlineData("inducement", "老带新各返200元。")]
    [InlineData("inducement", "今天买两盒，第三盒不要钱。")]
    [InlineData("inducement", "首次到店体验只需9.9元。")]
    [InlineData("fear-appeal", "胃不好的人，十有八九会发展成胃癌。")]
    [InlineData("fear-appeal", "再拖下去，做手术都救不了。")]
    [InlineData("fear-appeal", "小心脑梗突然找上你。")]
    public void Evasion_IsFlagged_WithTheRuleOfItsClass(string ruleId, string text)
    {
        var verdict = Contexts.ReviewChina(text, Contexts.PublicOtcAd);

        var finding = verdict.Rule(ruleId).First();
        Assert.Equal(Severities.Block, finding.Severity);
        Assert.False(string.IsNullOrEmpty(finding.Basis));
        Assert.False(string.IsNullOrEmpty(finding.Fix));
        Assert.Equal(1, finding.Line);
    }

    [Theory]
    [InlineData("首都医科大学附属北京第三人民医院内分泌科开设糖尿病教育门诊。")]
    [InlineData("讲者：上海市第一人民医院心内科主任医师。")]
    [InlineData("会议地点：中山大学附属第一医院学术报告厅。")]
    [InlineData("最常见的不良反应为头痛、恶心和腹泻。")]
    [InlineData("如症状未缓解，请咨询医师或药师。")]
    [InlineData("用药3天症状未缓解，请咨询医师或药师。")]
    [InlineData("在一项为期24周的随机对照试验中，HbA1c较基线下降1.2%[1]。")]
    [InlineData("与安慰剂相比，治疗组收缩压平均降低8.5 mmHg（P<0.001）[2]。")]
    [InlineData("没有证据表明本品可以治愈糖尿病。")]
    [InlineData("目前尚无针对该病的根治方法，治疗以控制症状为主。")]
    [InlineData("本品不能替代药物治疗。")]
    [InlineData("尚无本品用于儿童的安全性数据。")]
    [InlineData("连续使用不得超过7天。")]
    [InlineData("第一次使用前请阅读说明书。")]
    [InlineData("长期高血糖可增加并发症风险，请遵医嘱规律治疗。")]
    [InlineData("指南推荐二甲双胍作为一线用药。")]
    [InlineData("本品可用于治疗轻至中度疼痛。")]
    [InlineData("本品可使血糖水平下降，但需配合饮食控制。")]
    [InlineData("规律运动能改善胰岛素敏感性。")]
    [InlineData("接种疫苗可以预防流感。")]
    [InlineData("本品使用三天后症状无改善，应咨询医生。")]
    [InlineData("北京大学第三医院骨科主任医师参与了本次研讨会。")]
    [InlineData("服药后最初几天可能出现轻微头晕，最终多可自行缓解。")]
    [InlineData("请在医生指导下按说明书使用。")]
    [InlineData("功能主治：清热解毒，消肿止痛，三天为一疗程，症状消失后停药。")]
    [InlineData("本品用于缓解轻至中度的头痛、关节痛、偏头痛、牙痛、肌肉痛。")]
    [InlineData("本品能抑制胃酸分泌，用于胃溃疡的治疗。")]
    [InlineData("本品经动物实验评价，具有辅助降血糖的保健功能。")]
    [InlineData("阿司匹林可降低心血管事件风险。")]
    [InlineData("戒烟能显著降低肺癌风险。")]
    [InlineData("这种不良反应较为常见，多数在继续治疗后减轻。")]
    [InlineData("术后可能出现肿胀、淤青，一般一至两周逐渐消退。")]
    [InlineData("会议由中国人民解放军总医院第一医学中心承办。")]
    [InlineData("价格：每盒100元，以门店实际售价为准。")]
    [InlineData("根据中国2型糖尿病防治指南，生活方式干预是基础治疗。")]
    [InlineData("药师提示：服药期间不宜饮酒。")]
    [InlineData("会议特邀北京协和医院内分泌科主任作主题报告。")]
    [InlineData("皮肤过敏者使用前请先在手腕内侧试用。")]
    [InlineData("老年人血管弹性下降，血压波动较大。")]
    [InlineData("慢性咳嗽持续超过8周，应到医院查明原因。")]
    [InlineData("上述症状通常在停药后消失。")]
    [InlineData("每盒售价100元。")]
    [InlineData("免费咨询请拨打药品不良反应监测中心电话。")]
    [InlineData("高尿酸血症患者应减少高嘌呤食物的摄入。")]
    [InlineData("请勿自行用药，用药前请咨询医生。")]
    public void CompliantText_IsNotFlagged(string text)
    {
        var verdict = Contexts.ReviewChina(text, Contexts.PublicOtcAd);

        Assert.DoesNotContain(verdict.Findings, f => f.Kind is "composite" or "pattern" or "forbiddenTerms");
    }
}
