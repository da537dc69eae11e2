using System.Text;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Benchmarks.Review;

/// <summary>Deterministic Chinese HCP-style prose and a synthetic forbidden-term dictionary for the review benchmark.</summary>
internal static class ReviewCorpus
{
    private static readonly string[] _sentences =
    [
        "2型糖尿病是一种以慢性高血糖为特征的代谢性疾病，需要长期综合管理。",
        "康力平治疗24周后HbA1c较基线降低1.2%[1]。",
        "最常见的不良反应为低血糖，多为轻中度。",
        "不良反应：恶心、腹泻、头痛。",
        "禁忌：1型糖尿病患者、糖尿病酮症酸中毒患者禁用。",
        "诚邀您参加12月线上学术会议，共同探讨血糖管理的临床实践。",
        "医生应根据患者的血糖水平和耐受情况调整剂量。",
        "饮食控制和规律运动是糖尿病管理的基础。",
        "请在医生指导下使用，用药期间定期监测血糖。",
        "本资料仅供医疗卫生专业人士参考。",
        "会议将邀请内分泌领域的学者分享循证医学进展。",
        "患者教育有助于提高治疗依从性和自我管理能力。",
        "本品疗效最佳，无效退款。",
        "老年患者及肝肾功能不全者应谨慎使用并从低剂量开始。",
        "参考文献：Zhang L, et al. Diabetes Care. 2025;48:100-108.",
        "血糖控制目标应个体化，兼顾低血糖风险与合并症。",
    ];

    /// <summary>About <paramref name="megabytes"/> MB (UTF-8) of prose in paragraphs of five sentences.</summary>
    public static string Text(int megabytes, int seed = 42)
    {
        var random = new Random(seed);
        var target = megabytes * 1024 * 1024;
        var text = new StringBuilder(target / 2);
        var bytes = 0;
        var inParagraph = 0;
        while (bytes < target)
        {
            var sentence = _sentences[random.Next(_sentences.Length)];
            text.Append(sentence);
            bytes += Encoding.UTF8.GetByteCount(sentence);
            if (++inParagraph == 5)
            {
                text.Append("\n\n");
                bytes += 2;
                inParagraph = 0;
            }
        }

        return text.ToString();
    }

    /// <summary>A forbiddenTerms rule of <paramref name="count"/> distinct 2–4 character terms drawn from common characters.</summary>
    public static SopRule Dictionary(int count, int seed = 7)
    {
        const string characters = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
        var random = new Random(seed);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        while (terms.Count < count)
        {
            var length = random.Next(2, 5);
            terms.Add(new string([.. Enumerable.Range(0, length).Select(_ => characters[random.Next(characters.Length)])]));
        }

        return new SopRule
        {
            Id = "benchmark-dictionary",
            Kind = "forbiddenTerms",
            Severity = "warn",
            Message = "benchmark dictionary",
            Terms = [.. terms.Select(t => new ForbiddenTerm { Term = t })],
        };
    }
}
