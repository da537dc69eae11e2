using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

/// <summary>
/// The role structures of the China policy: head-count ratios (十个…八个), crowds choosing, experts' own use, people a
/// safety claim extends to, comparison frames, neglect + consequence, flaw + social rejection. Each structure catches
/// wordings it was not written for, and leaves label text, health education and institution names alone.
/// </summary>
public sealed class ChinaPolicyStructureTests
{
    [Theory]
    [InlineData("cure-rate", "二十个来做理疗的，十七个都说有效果。")]
    [InlineData("cure-rate", "试过的人里面，十个有九个回购。")]
    [InlineData("cure-rate", "几乎每一位坚持服用的顾客都看到了效果。")]
    [InlineData("cure-rate", "三千多例手术，无一例复发。")]
    [InlineData("endorsement", "八万多个家庭的共同信赖。")]
    [InlineData("endorsement", "皮肤科医生自己家里都备着这支药膏。")]
    [InlineData("endorsement", "全国上百家医院的康复科都在使用。")]
    [InlineData("endorsement", "我姥姥腿疼十几年，贴了两周就能出门遛弯了。")]
    [InlineData("endorsement", "我就是受益者。")]
    [InlineData("endorsement", "用户纷纷晒出使用前后对比。")]
    [InlineData("safety-claim", "孕妇哺乳期均可放心使用。")]
    [InlineData("safety-claim", "配方温和，婴幼儿也能用。")]
    [InlineData("safety-claim", "纯天然配方，吃多了也没事。")]
    [InlineData("comparative", "与传统膏药相比，渗透力更强。")]
    [InlineData("fear-appeal", "关节疼不重视，小毛病迟早拖成大问题。")]
    [InlineData("fear-appeal", "血脂高放着不管，几年后就是心梗。")]
    [InlineData("fear-appeal", "等发现时往往已是晚期。")]
    [InlineData("fear-appeal", "满口黄牙，相亲对象转身就走。")]
    [InlineData("fear-appeal", "一身赘肉，穿什么都不好看。")]
    [InlineData("efficacy-guarantee", "坚持喝两周，整个人舒服多了。")]
    [InlineData("efficacy-guarantee", "睡前两粒，一觉到天亮。")]
    [InlineData("efficacy-guarantee", "只要坚持，以后不用打针。")]
    [InlineData("efficacy-guarantee", "见效快，不反复。")]
    [InlineData("efficacy-guarantee", "一次手术，终身受益。")]
    [InlineData("inducement", "拍二发三。")]
    [InlineData("inducement", "老带新，双方各得30元。")]
    [InlineData("inducement", "活动最后一天，错过再等一年。")]
    [InlineData("inducement", "凭本券抵用50元。")]
    [InlineData("absolute-terms", "国内少有的全中药配方。")]
    [InlineData("absolute-terms", "诊疗水平位居全省前列。")]
    [InlineData("fear-appeal", "炎症反复不治，小心影响生育。")]
    [InlineData("fear-appeal", "牙周病不处理，过几年满口假牙。")]
    [InlineData("fear-appeal", "一脸痘坑，被同学嘲笑。")]
    [InlineData("efficacy-guarantee", "连用五天，咽炎就好利索了。")]
    [InlineData("endorsement", "问问吃过的邻居就知道。")]
    [InlineData("endorsement", "骨科大夫自己也一直在贴。")]
    [InlineData("endorsement", "入选年度家庭常备药榜单。")]
    [InlineData("cure-rate", "四分之三的顾客两周内睡眠改善。")]
    [InlineData("cure-rate", "九成顾客反馈气色明显改善。")]
    [InlineData("comparative", "比进口货更给力的国产药。")]
    [InlineData("endorsement", "街坊们喝了都说好。")]
    [InlineData("endorsement", "央视报道过的老字号。")]
    [InlineData("fear-appeal", "鼻窦炎不根治，小心伴随一辈子。")]
    [InlineData("efficacy-guarantee", "贴了一晚，第二天腰就能弯了。")]
    [InlineData("cure-rate", "每五个用过的人，就有四个回头再买。")]
    [InlineData("fear-appeal", "咽炎一年比一年重，最后连话都说不出。")]
    [InlineData("fear-appeal", "骨头脆，一碰就骨折。")]
    [InlineData("fear-appeal", "焦虑久了，人会垮掉。")]
    [InlineData("fear-appeal", "一旦血压控制不好，脑出血的风险就来了。")]
    [InlineData("inducement", "参加活动不用自己掏钱。")]
    [InlineData("fear-appeal", "眼皮下垂，看上去整天没精神。")]
    [InlineData("fear-appeal", "平胸女生穿什么都撑不起来。")]
    [InlineData("endorsement", "已获FDA认证。")]
    [InlineData("fear-appeal", "胃溃疡不治疗，将导致胃穿孔。")]
    [InlineData("fear-appeal", "手脚发麻可能是脑梗的前兆。")]
    [InlineData("endorsement", "外地患者慕名前来。")]
    public void Structure_IsFlagged_WithTheRuleOfItsClass(string ruleId, string text)
    {
        var verdict = Contexts.ReviewChina(text, Contexts.PublicOtcAd);

        var finding = verdict.Rule(ruleId).First();
        Assert.False(string.IsNullOrEmpty(finding.Basis));
        Assert.False(string.IsNullOrEmpty(finding.Fix));
        Assert.False(string.IsNullOrEmpty(finding.Match));
        Assert.Equal(1, finding.Line);
    }

    [Theory]
    [InlineData("每日两次，每次2个，3个月为一疗程。")]
    [InlineData("本研究纳入120例患者，其中60例接受治疗，随访12周。")]
    [InlineData("孕妇及哺乳期妇女禁用。")]
    [InlineData("儿童、孕妇、哺乳期妇女应在医师指导下服用。")]
    [InlineData("儿童用量请咨询医师或药师。")]
    [InlineData("医生会根据您的病情选择治疗方案。")]
    [InlineData("糖尿病如不及时控制，可能引起视网膜病变，请遵医嘱规范治疗。")]
    [InlineData("如不及时治疗，病情可能加重，请尽早就医。")]
    [InlineData("早发现、早诊断是提高生存率的关键。")]
    [InlineData("如感觉不舒服，请停药并咨询医生。")]
    [InlineData("这种皮疹常见于用药后第一周。")]
    [InlineData("与安慰剂相比，治疗组疼痛评分改善更明显[1]。")]
    [InlineData("第三人民医院内分泌科每周二有专家门诊。")]
    [InlineData("最常见的不良反应为恶心。")]
    [InlineData("我妈有高血压，医生让她每天测两次血压。")]
    [InlineData("很多患者担心长期服药的副作用，应与医生充分沟通。")]
    [InlineData("停药后会出现反跳性高血压，请勿自行停药。")]
    [InlineData("每位患者的治疗效果因人而异。")]
    [InlineData("发烧三天了，请及时就医。")]
    [InlineData("服药三天头痛仍未缓解，请咨询医师。")]
    [InlineData("比较常见的不良反应为头痛。")]
    [InlineData("用药后第二天如腰部出现皮疹，请停药并就医。")]
    [InlineData("医生每天都要查房。")]
    [InlineData("大多数患者的症状较轻。")]
    [InlineData("120例患者中有5例出现轻度不良反应。")]
    [InlineData("眼袋手术存在一定风险，请咨询医生。")]
    [InlineData("皮肤松弛是衰老的自然表现。")]
    [InlineData("胸痛可能是心梗的前兆，请及时就医。")]
    [InlineData("如不及时治疗将会导致病情加重，请遵医嘱。")]
    [InlineData("如长期血压控制不佳，请咨询医生调整用药。")]
    public void LabelAndHealthEducation_IsNotFlagged(string text)
    {
        var verdict = Contexts.ReviewChina(text, Contexts.PublicOtcAd);

        Assert.DoesNotContain(verdict.Findings, f => f.Kind is "composite" or "pattern" or "forbiddenTerms");
    }
}
