using ContentOps.Operator.Declarations.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>
/// Builds one document's tree and keeps its budgets. An anchor is registered when its node is complete,
/// with the node's expanded size, so an alias costs that size without being expanded, and an alias to
/// an enclosing node (a cycle) is an undefined alias.
/// </summary>
internal sealed class DocumentState(string file, DeclarationLimits limits, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, (DocNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private int _aliases;

    /// <summary>A key was dropped, so the document is not what its author sees; it must not become a resource.</summary>
    public bool HasErrors { get; private set; }

    public DocNode ReadNode(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML stream");
        if (depth > limits.MaxDepth)
        {
            throw new DocumentLimitException(Diagnostic.Error(DiagnosticCodes.NestingTooDeep, file, YamlDocumentReader.At(current.Start),
                $"collections nest more than {limits.MaxDepth} levels deep; the rest of the file was not read",
                "flatten the structure; no ContentOps field nests this deep"), endsFile: true);
        }

        var before = _nodes;
        DocNode node;
        AnchorName anchor;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return Resolve(alias);
            case Scalar scalar:
                parser.MoveNext();
                Count(scalar.Start);
                node = ToScalar(scalar);
                anchor = scalar.Anchor;
                break;
            case SequenceStart start:
                parser.MoveNext();
                Count(start.Start);
                node = ReadSequence(parser, start, depth);
                anchor = start.Anchor;
                break;
            case MappingStart start:
                parser.MoveNext();
                Count(start.Start);
                node = ReadMapping(parser, start, depth);
                anchor = start.Anchor;
                break;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, _nodes - before);
        }

        return node;
    }

    private DocSequence ReadSequence(IParser parser, SequenceStart start, int depth)
    {
        var items = new List<DocNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser, depth + 1));
        }

        return new DocSequence(YamlDocumentReader.At(start.Start), items);
    }

    private DocMapping ReadMapping(IParser parser, MappingStart start, int depth)
    {
        var entries = new List<DocEntry>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            if (key is not DocScalar scalarKey)
            {
                HasErrors = true;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ComplexKey, file, key.Start,
                    $"a mapping key must be a plain string, not {key.Describe()}", "write the key as a plain word such as 'name'"));
            }
            else if (seen.TryGetValue(scalarKey.Value, out var first))
            {
                HasErrors = true;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateKey, file, scalarKey.Start,
                    $"key '{scalarKey.Value}' appears twice in this mapping (first at line {first.Line}); the second is ignored",
                    "remove one of them, or merge their values"));
            }
            else
            {
                seen[scalarKey.Value] = scalarKey.Start;
                entries.Add(new DocEntry(scalarKey, value));
            }
        }

        return new DocMapping(YamlDocumentReader.At(start.Start), entries);
    }

    private DocNode Resolve(AnchorAlias alias)
    {
        if (++_aliases > limits.MaxAliasesPerDocument)
        {
            throw Limit(DiagnosticCodes.AliasCountLimit, alias.Start,
                $"the document uses more than {limits.MaxAliasesPerDocument:N0} aliases", "write the values out, or split the document");
        }

        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw Limit(DiagnosticCodes.UndefinedAlias, alias.Start,
                $"alias *{alias.Value.Value} names no anchor defined before it (an alias cannot refer to a node that contains it)",
                $"define '&{alias.Value.Value}' on an earlier node");
        }

        _nodes += anchored.Size;
        CheckNodes(alias.Start);
        return anchored.Node;
    }

    private void Count(Mark at)
    {
        _nodes++;
        CheckNodes(at);
    }

    private void CheckNodes(Mark at)
    {
        if (_nodes > limits.MaxNodesPerDocument)
        {
            throw Limit(DiagnosticCodes.AliasExpansionLimit, at,
                $"the document expands to more than {limits.MaxNodesPerDocument:N0} nodes once aliases are expanded",
                "this looks like an alias bomb (\"billion laughs\"); write values out instead of nesting aliases");
        }
    }

    private static DocScalar ToScalar(Scalar scalar) =>
        new(YamlDocumentReader.At(scalar.Start), scalar.Value, scalar.Style, scalar.Style == ScalarStyle.Plain && scalar.IsPlainImplicit);

    private DocumentLimitException Limit(string code, Mark at, string message, string hint) =>
        new(Diagnostic.Error(code, file, YamlDocumentReader.At(at), message, hint));
}
