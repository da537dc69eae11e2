using System.Text.RegularExpressions;
using ContentOps.Operator.Declarations.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>
/// Turns a YAML stream into <see cref="DocNode"/> trees straight from YamlDotNet's parser events, so every
/// node keeps its start mark and aliases are counted and sized before anything expands them.
/// A syntax error ends the file (YamlDotNet cannot resume); a broken limit ends only its document.
/// </summary>
internal sealed partial class YamlDocumentReader(DeclarationLimits limits)
{
    public YamlReadResult Read(string text, string file)
    {
        var documents = new List<YamlDocument>();
        var diagnostics = new List<Diagnostic>();
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            while (!parser.Accept<StreamEnd>(out _))
            {
                var start = parser.Consume<DocumentStart>();
                var state = new DocumentState(file, limits, diagnostics);
                DocNode? root = null;
                try
                {
                    root = state.ReadNode(parser, 0);
                    parser.Consume<DocumentEnd>();
                }
                catch (DocumentLimitException e)
                {
                    diagnostics.Add(e.Diagnostic);
                    if (e.EndsFile)
                    {
                        break;
                    }

                    SkipToDocumentEnd(parser);
                }

                documents.Add(new YamlDocument(documents.Count, At(start.Start), root, state.HasErrors));
            }
        }
        catch (YamlException e)
        {
            diagnostics.Add(SyntaxError(text, file, At(e.Start), MarkPrefix().Replace(e.Message, "")));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input; the last event it produced is the best position known.
            var near = parser.Current is { } current ? At(current.End) : SourceLocation.FileStart;
            diagnostics.Add(SyntaxError(text, file, near, "the YAML could not be parsed near here"));
        }

        return new YamlReadResult(documents, diagnostics);
    }

    internal static SourceLocation At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static void SkipToDocumentEnd(IParser parser)
    {
        while (parser.Current is not null and not DocumentEnd)
        {
            parser.MoveNext();
        }

        parser.MoveNext();
    }

    private static Diagnostic SyntaxError(string text, string file, SourceLocation at, string message)
    {
        var tab = message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabIndentation.First(text) : TabIndentation.Near(text, at.Line);
        if (tab is not null)
        {
            return Diagnostic.Error(DiagnosticCodes.TabIndentation, file, tab.Value,
                "a tab is used for indentation; YAML indents with spaces only",
                "use spaces (set your editor to insert spaces for YAML files)");
        }

        return Diagnostic.Error(DiagnosticCodes.YamlSyntax, file, at, $"YAML syntax error: {message}",
            "check indentation, quotes and brackets at this position and just before it");
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
