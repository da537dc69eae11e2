using System.Reflection;
using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Schema;
using k8s.Models;

namespace ContentOps.Operator.Crds;

/// <summary>
/// Generates one CustomResourceDefinition per resource kind from the C# types: names from
/// <see cref="ResourceAttribute"/>, columns from <see cref="PrinterColumnAttribute"/> and the structural
/// schema from <see cref="ResourceSchemaBuilder"/>. Refuses to emit a schema the API server would reject.
/// </summary>
internal sealed class CrdGenerator(ResourceSchemaBuilder schemas)
{
    /// <summary>The category every kind joins, so <c>kubectl get contentops</c> lists them all.</summary>
    public const string Category = "contentops";

    public static CrdGenerator ForCoreApi() => new(ResourceSchemaBuilder.ForCoreApi());

    /// <summary>Every kind's CRD, in <see cref="ResourceKinds.All"/> order.</summary>
    public IReadOnlyList<GeneratedCrd> GenerateAll() =>
        [.. ResourceKinds.All.Select(type => new GeneratedCrd(Generate(type)))];

    public V1CustomResourceDefinition Generate(Type resourceType)
    {
        var resource = resourceType.GetCustomAttribute<ResourceAttribute>()
            ?? throw new InvalidOperationException($"{resourceType.Name} has no [Resource] attribute.");
        var schema = CrdSchemaShaper.Shape(schemas.Build(resourceType));
        var violations = StructuralSchemaRules.Check(schema);
        if (violations.Count > 0)
        {
            throw new InvalidOperationException(
                $"The schema of {resource.Kind} is not a valid structural CRD schema:\n  " + string.Join("\n  ", violations));
        }

        return new V1CustomResourceDefinition
        {
            ApiVersion = "apiextensions.k8s.io/v1",
            Kind = "CustomResourceDefinition",
            Metadata = new V1ObjectMeta { Name = $"{resource.Plural}.{ApiGroup.Group}" },
            Spec = new V1CustomResourceDefinitionSpec
            {
                Group = ApiGroup.Group,
                Scope = "Namespaced",
                Names = new V1CustomResourceDefinitionNames
                {
                    Kind = resource.Kind,
                    ListKind = resource.Kind + "List",
                    Plural = resource.Plural,
                    Singular = resource.Kind.ToLowerInvariant(),
                    ShortNames = resource.ShortNames.Count > 0 ? [.. resource.ShortNames] : null,
                    Categories = [Category],
                },
                Versions =
                [
                    new V1CustomResourceDefinitionVersion
                    {
                        Name = ApiGroup.Version,
                        Served = true,
                        Storage = true,
                        Schema = new V1CustomResourceValidation { OpenAPIV3Schema = schema },
                        Subresources = new V1CustomResourceSubresources { Status = new Dictionary<string, object>() },
                        AdditionalPrinterColumns = PrinterColumns.For(resourceType),
                    },
                ],
            },
        };
    }
}
