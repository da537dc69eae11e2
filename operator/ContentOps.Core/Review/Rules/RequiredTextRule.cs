using System.Text.RegularExpressions;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// requiredText: a statement that must appear (any one of <c>text</c>, or every one with requireAll, or a match of one
/// of <c>patterns</c>), compared on normalised text. Position: anywhere; start or end = within the first or last
/// <c>within</c> characters (default 200) of the reviewed text; paragraph = beginning a line of its own.
/// The fix appends (or, for start, prepends) the first statement as its own paragraph.
/// </summary>
internal sealed class RequiredTextRule : ReviewRule
{
    private const int DefaultWithin = 200;
    private readonly string[] _texts;
    private readonly Regex[] _patterns;

    public RequiredTextRule(string policy, SopRule definition, TimeSpan timeout)
        : base(policy, definition)
    {
        _texts = [.. (definition.Text ?? []).Select(TextNormalizer.NormalizeTerm).Where(t => t.Length > 0)];
        _patterns = [.. (definition.Patterns ?? []).Select(p => PatternFactory.Create(definition.Id, p, timeout))];
        if (_texts.Length == 0 && _patterns.Length == 0)
        {
            throw new RuleCompileException(definition.Id, "requiredText needs text or patterns");
        }
    }

    private string Position => Definition.Position ?? "anywhere";

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var missing = new List<string>();
        for (var i = 0; i < _texts.Length; i++)
        {
            if (!IsPresent(document, _texts[i]))
            {
                missing.Add(Definition.Text![i]);
            }
        }

        bool satisfied;
        try
        {
            satisfied = Definition.RequireAll == true
                ? missing.Count == 0 && (_patterns.Length == 0 || _patterns.Any(p => PatternPresent(document, p)))
                : missing.Count < _texts.Length || _patterns.Any(p => PatternPresent(document, p));
        }
        catch (RegexMatchTimeoutException e)
        {
            findings.Add(CreateTimeoutFinding(document, e.Pattern));
            return;
        }

        if (!satisfied)
        {
            findings.Add(CreateMissingFinding(document, missing));
        }
    }

    private Finding CreateMissingFinding(ReviewDocument document, List<string> missing)
    {
        var atStart = Position == "start";
        var offset = atStart ? document.BodyOffset : document.Text.Length;
        var statement = Definition.RequireAll == true ? null : Definition.Text?.FirstOrDefault() ?? document.Context.Product?.AdApprovalNumber;
        var expected = Definition.RequireAll == true ? string.Join("、", missing) : statement;
        var edit = statement is null ? null : new TextEdit(offset, 0, atStart ? statement + "\n\n" : "\n\n" + statement);
        var what = expected ?? "规则要求的内容";
        var detail = Position == "anywhere" ? "缺少：" + what : $"缺少（位置：{Position}）：" + what;
        return CreateFinding(document, offset, 0, detail, expected, edit, match: "");
    }

    private bool IsPresent(ReviewDocument document, string statement)
    {
        var text = document.Normalized.Text;
        for (var at = text.IndexOf(statement, StringComparison.Ordinal); at >= 0; at = text.IndexOf(statement, at + 1, StringComparison.Ordinal))
        {
            if (IsWellPlaced(document, at, statement.Length))
            {
                return true;
            }
        }

        return false;
    }

    private bool PatternPresent(ReviewDocument document, Regex pattern)
    {
        for (var match = pattern.Match(document.Normalized.Text); match.Success; match = match.NextMatch())
        {
            if (match.Length > 0 && IsWellPlaced(document, match.Index, match.Length))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWellPlaced(ReviewDocument document, int start, int length)
    {
        var (originalStart, originalLength) = document.Normalized.ToOriginal(start, length);
        var within = Definition.Within ?? DefaultWithin;
        return Position switch
        {
            "start" => originalStart < within,
            "end" => originalStart + originalLength >= document.Text.Length - within,
            "paragraph" => StartsLine(document.Text, originalStart),
            _ => true,
        };
    }

    private static bool StartsLine(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000' or '#' or '>' or '*' or '-' or '【' or '[')
        {
            i--;
        }

        return i < 0 || text[i] == '\n';
    }
}
