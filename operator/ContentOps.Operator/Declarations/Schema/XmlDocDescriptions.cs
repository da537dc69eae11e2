using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ContentOps.Operator.Declarations.Schema;

/// <summary>
/// Reads the XML documentation file that ships beside an assembly, so the doc comments on resource
/// fields become schema descriptions (one source for the README, the CRDs and the diagnostics).
/// </summary>
internal sealed partial class XmlDocDescriptions
{
    private readonly Dictionary<string, string> _summaries = new(StringComparer.Ordinal);

    public XmlDocDescriptions(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The documentation file {path} is missing; build ContentOps.Core with GenerateDocumentationFile.", path);
        }

        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            var name = member.Attribute("name")?.Value;
            var summary = member.Element("summary");
            if (name is not null && summary is not null)
            {
                _summaries[name] = Flatten(summary);
            }
        }
    }

    public string? ForType(Type type) => _summaries.GetValueOrDefault("T:" + Name(type));

    public string? ForProperty(PropertyInfo property) =>
        _summaries.GetValueOrDefault($"P:{Name(property.DeclaringType!)}.{property.Name}");

    private static string Name(Type type) =>
        (type.IsGenericType ? type.GetGenericTypeDefinition().FullName! : type.FullName!).Replace('+', '.');

    private static string Flatten(XElement summary)
    {
        var parts = summary.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" } see => ShortCref(see.Attribute("cref")?.Value),
            XElement element => element.Value,
            _ => "",
        });
        return Whitespace().Replace(string.Concat(parts), " ").Trim();
    }

    private static string ShortCref(string? cref) =>
        cref is null ? "" : cref[(cref.LastIndexOf('.') + 1)..];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
