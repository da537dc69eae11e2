using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ContentOps.Operator.Cli.Review;

/// <summary>Reads and writes <see cref="DateOnly"/> as yyyy-MM-dd (claim expiry dates).</summary>
internal sealed class DateOnlyYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        return DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a date (yyyy-MM-dd)");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(((DateOnly)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
