using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentOps.Operator.Tests.Crds;

/// <summary>
/// Converts YAML documents to JSON with the typing of the YAML 1.2 core schema and nothing else: quoted and
/// block scalars stay strings, plain scalars become null, booleans, integers or floats when they look like them
/// (so <c>2026-12-01</c> stays a string, as it does for the API server), explicit tags win.
/// </summary>
internal static partial class YamlCoreSchemaJson
{
    public static IReadOnlyList<JToken> LoadAll(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => ToJson(d.RootNode))];
    }

    public static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(kv => new JProperty(((YamlScalarNode)kv.Key).Value ?? "", ToJson(kv.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToJson)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        return tag switch
        {
            "tag:yaml.org,2002:str" => new JValue(text),
            "tag:yaml.org,2002:null" => JValue.CreateNull(),
            "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" => Resolve(text) ?? new JValue(text),
            null when scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && !scalar.Tag.IsNonSpecific => Resolve(text) ?? new JValue(text),
            _ => new JValue(text),
        };
    }

    private static JValue? Resolve(string text)
    {
        if (NullPattern().IsMatch(text))
        {
            return JValue.CreateNull();
        }

        if (BoolPattern().IsMatch(text))
        {
            return new JValue(char.ToLowerInvariant(text[0]) == 't');
        }

        if (IntPattern().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? new JValue(l)
                : new JValue(double.Parse(text, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalPattern().IsMatch(text))
        {
            return new JValue(Convert.ToInt64(text[2..], 8));
        }

        if (HexPattern().IsMatch(text))
        {
            return new JValue(long.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        if (FloatPattern().IsMatch(text))
        {
            return new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (InfinityPattern().IsMatch(text))
        {
            return new JValue(text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
        }

        return NanPattern().IsMatch(text) ? new JValue(double.NaN) : null;
    }

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?(\.inf|\.Inf|\.INF)$")]
    private static partial Regex InfinityPattern();

    [GeneratedRegex(@"^(\.nan|\.NaN|\.NAN)$")]
    private static partial Regex NanPattern();
}
