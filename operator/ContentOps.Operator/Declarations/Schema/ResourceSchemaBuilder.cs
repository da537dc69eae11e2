using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using ContentOps.Core.Api;
using k8s.Models;

namespace ContentOps.Operator.Declarations.Schema;

/// <summary>
/// Turns a resource's C# type into an OpenAPI v3 schema by reflection: types, required fields, enums,
/// patterns, ranges, defaults and descriptions from the XML docs. The same schema validates declarations
/// (with file:line diagnostics) and becomes the CRD's structural schema.
/// </summary>
internal sealed class ResourceSchemaBuilder(XmlDocDescriptions docs)
{

    public static ResourceSchemaBuilder ForCoreApi() => new(new XmlDocDescriptions(typeof(Resource).Assembly));

    /// <summary>The full schema of a resource kind, metadata included.</summary>
    public V1JSONSchemaProps Build(Type resourceType) => ObjectSchema(resourceType);

    private V1JSONSchemaProps ObjectSchema(Type type)
    {
        var defaults = CreateDefaultsInstance(type);
        var properties = new Dictionary<string, V1JSONSchemaProps>(StringComparer.Ordinal);
        var required = new List<string>();
        foreach (var property in SerializableProperties(type))
        {
            var name = JsonName(property);
            var schema = PropertySchema(property, defaults);
            properties[name] = schema;
            if (property.GetCustomAttribute<RequiredAttribute>() is not null)
            {
                required.Add(name);
            }
        }

        return new V1JSONSchemaProps
        {
            Type = "object",
            Description = docs.ForType(type),
            Properties = properties,
            Required = required.Count > 0 ? required : null,
        };
    }

    /// <summary>Public properties with a setter, base class first (apiVersion, kind, metadata, spec, status).</summary>
    public static IEnumerable<PropertyInfo> SerializableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => InheritanceDepth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken);

    public static string JsonName(PropertyInfo property) =>
        char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    private V1JSONSchemaProps PropertySchema(PropertyInfo property, object? defaults)
    {
        var schema = TypeSchema(property.PropertyType);
        schema.Description = docs.ForProperty(property);
        ApplyAnnotations(property, schema);
        if (property.GetCustomAttribute<RequiredAttribute>() is null && defaults is not null)
        {
            schema.DefaultProperty = DefaultValue(property.GetValue(defaults));
        }

        if (property.Name == nameof(ResourceStatus.Conditions))
        {
            schema.XKubernetesListType = "map";
            schema.XKubernetesListMapKeys = ["type"];
        }

        return schema;
    }

    private V1JSONSchemaProps TypeSchema(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new V1JSONSchemaProps { Type = "string" };
        }

        if (type == typeof(bool))
        {
            return new V1JSONSchemaProps { Type = "boolean" };
        }

        if (type == typeof(int))
        {
            return new V1JSONSchemaProps { Type = "integer", Format = "int32" };
        }

        if (type == typeof(long))
        {
            return new V1JSONSchemaProps { Type = "integer", Format = "int64" };
        }

        if (type == typeof(double))
        {
            return new V1JSONSchemaProps { Type = "number", Format = "double" };
        }

        if (type == typeof(DateTimeOffset))
        {
            return new V1JSONSchemaProps { Type = "string", Format = "date-time" };
        }

        if (type == typeof(DateOnly))
        {
            return new V1JSONSchemaProps { Type = "string", Format = "date" };
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return new V1JSONSchemaProps { Type = "object", AdditionalProperties = TypeSchema(valueType) };
        }

        if (ListItemType(type) is { } itemType)
        {
            return new V1JSONSchemaProps { Type = "array", Items = TypeSchema(itemType) };
        }

        if (type.IsClass)
        {
            return ObjectSchema(type);
        }

        throw new NotSupportedException($"No schema mapping for {type.FullName}.");
    }

    private static void ApplyAnnotations(PropertyInfo property, V1JSONSchemaProps schema)
    {
        foreach (var attribute in property.GetCustomAttributes())
        {
            switch (attribute)
            {
                case AllowedValuesAttribute allowed:
                    schema.EnumProperty = allowed.Values.Cast<object>().ToList();
                    break;
                case RegularExpressionAttribute regex:
                    schema.Pattern = regex.Pattern;
                    break;
                case SchemaFormatAttribute format:
                    ApplyFormat(schema, format.Format);
                    break;
                case RangeAttribute range:
                    ApplyRange(schema, range);
                    break;
                case MinLengthAttribute min when schema.Type == "array":
                    schema.MinItems = min.Length;
                    break;
                case MinLengthAttribute min:
                    schema.MinLength = min.Length;
                    break;
                case MaxLengthAttribute max when schema.Type == "array":
                    schema.MaxItems = max.Length;
                    break;
                case MaxLengthAttribute max:
                    schema.MaxLength = max.Length;
                    break;
            }
        }
    }

    /// <summary>Kubernetes knows date-time, date and uri; ContentOps' own formats become patterns it can enforce.</summary>
    private static void ApplyFormat(V1JSONSchemaProps schema, string format)
    {
        switch (format)
        {
            case "date-time" or "date" or "uri":
                schema.Format = format;
                break;
            case "duration":
                schema.Pattern = SchemaPatterns.Duration;
                break;
            case "cron":
                schema.Pattern = SchemaPatterns.Cron;
                break;
            case "time-of-day":
                schema.Pattern = SchemaPatterns.TimeOfDay;
                break;
            case "time-zone":
                schema.Pattern = SchemaPatterns.TimeZone;
                break;
            default:
                throw new NotSupportedException($"Unknown schema format '{format}'.");
        }
    }

    private static void ApplyRange(V1JSONSchemaProps schema, RangeAttribute range)
    {
        var min = Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
        schema.Minimum = min;
        if (max < double.MaxValue && max < int.MaxValue)
        {
            schema.Maximum = max;
        }
    }

    private static object? DefaultValue(object? value) => value switch
    {
        string s when s.Length > 0 => s,
        bool b when b => true,
        int i when i != 0 => i,
        double d when d != 0 => d,
        _ => null,
    };

    /// <summary>Status types are observed, not declared, so their initial values are not defaults.</summary>
    private static object? CreateDefaultsInstance(Type type) =>
        typeof(ResourceStatus).IsAssignableFrom(type) || typeof(Resource).IsAssignableFrom(type)
            || type.GetConstructor(Type.EmptyTypes) is null
            ? null
            : Activator.CreateInstance(type);

    private static Type? ListItemType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        return dictionary?.GetGenericArguments()[1];
    }

    private static int InheritanceDepth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
