using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ContentOps.Operator.Cli.Review;

/// <summary>Lets YamlDotNet fill the read-only collection interfaces of the Api types with lists and dictionaries.</summary>
internal sealed class ReadOnlyCollectionTypeResolver : INodeTypeResolver
{
    public bool Resolve(NodeEvent? nodeEvent, ref Type currentType)
    {
        if (!currentType.IsInterface || !currentType.IsGenericType)
        {
            return false;
        }

        var definition = currentType.GetGenericTypeDefinition();
        var arguments = currentType.GetGenericArguments();
        if (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>))
        {
            currentType = typeof(List<>).MakeGenericType(arguments);
            return true;
        }

        if (definition == typeof(IReadOnlyDictionary<,>))
        {
            currentType = typeof(Dictionary<,>).MakeGenericType(arguments);
            return true;
        }

        return false;
    }
}
