using System.Text.RegularExpressions;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// pii: mainland mobile numbers, resident identity numbers (checksum verified) and patient names next to medical
/// facts (患者王建国，男，58岁; anonymised 王某/王女士 pass), plus the rule's own patterns. Spaces and dashes inside
/// numbers are normalised away first. The reported match is masked so findings never repeat the personal data.
/// </summary>
internal sealed class PiiRule : ReviewRule
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static readonly int[] _idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private readonly (string Kind, Regex Pattern)[] _detectors;

    public PiiRule(string policy, SopRule definition, TimeSpan timeout)
        : base(policy, definition)
    {
        _detectors =
        [
            ("手机号", PatternFactory.Create(definition.Id, @"(?<!\d)1[3-9]\d{9}(?!\d)", timeout)),
            ("身份证号", PatternFactory.Create(definition.Id, @"(?<!\d)[1-9]\d{16}[\dx](?![\dx])", timeout)),
            ("患者姓名", PatternFactory.Create(definition.Id,
                $@"(患者|病人|病例|患儿)[:：]?(?<name>[{Surnames}](?![某女先氏])[\u4e00-\u9fa5]{{1,2}})[,，、]?(男|女|\d{{1,3}}岁|确诊|诊断|患有|住院|就诊)", timeout)),
            .. (definition.Patterns ?? []).Select(p => ("个人信息", PatternFactory.Create(definition.Id, p, timeout))),
        ];
    }

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var text = document.Normalized.Text;
        foreach (var (kind, pattern) in _detectors)
        {
            try
            {
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    if (match.Length == 0 || (kind == "身份证号" && !IsValidIdNumber(match.Value)))
                    {
                        continue;
                    }

                    var name = match.Groups["name"];
                    var (start, length) = name.Success ? (name.Index, name.Length) : (match.Index, match.Length);
                    var (originalStart, originalLength) = document.Normalized.ToOriginal(start, length);
                    findings.Add(CreateFinding(document, originalStart, originalLength, "疑似" + kind,
                        match: Mask(document.Text.Substring(originalStart, originalLength))));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                findings.Add(CreateTimeoutFinding(document, pattern.ToString()));
            }
        }
    }

    private static bool IsValidIdNumber(string id)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * _idWeights[i];
        }

        var check = "10X98765432"[sum % 11];
        return char.ToUpperInvariant(id[17]) == check;
    }

    private static string Mask(string value)
    {
        if (value.Length <= 2)
        {
            return value[..1] + "*";
        }

        var keep = value.Length >= 11 ? 3 : 1;
        var tail = value.Length >= 11 ? 4 : 0;
        return value[..keep] + new string('*', value.Length - keep - tail) + value[^tail..];
    }
}
