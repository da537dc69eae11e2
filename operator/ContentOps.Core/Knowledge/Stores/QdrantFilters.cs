using System.Linq.Expressions;
using System.Reflection;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;
using Expression = System.Linq.Expressions.Expression;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>
/// Translates a VectorData filter expression over <see cref="KnowledgeRecord"/> into a Qdrant filter: <c>&amp;&amp;</c>,
/// <c>||</c>, <c>==</c> on strings and integers, and range comparisons on integers. Anything else is refused, never
/// silently dropped (a dropped filter would return withdrawn claims).
/// </summary>
internal static class QdrantFilters
{
    public static Filter Translate(Expression<Func<KnowledgeRecord, bool>> filter) => ToFilter(filter.Body);

    private static Filter ToFilter(Expression node) => node switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso } and => Merge(ToFilter(and.Left), ToFilter(and.Right)),
        BinaryExpression { NodeType: ExpressionType.OrElse } or => new Filter { Should = { Filter(ToFilter(or.Left)), Filter(ToFilter(or.Right)) } },
        BinaryExpression comparison => new Filter { Must = { ToCondition(comparison) } },
        _ => throw new NotSupportedException($"the Qdrant store cannot filter by '{node}'"),
    };

    private static Filter Merge(Filter left, Filter right)
    {
        left.Must.AddRange(right.Must);
        if (right.Should.Count > 0)
        {
            left.Must.Add(Filter(new Filter { Should = { right.Should } }));
        }

        return left;
    }

    private static Condition ToCondition(BinaryExpression comparison)
    {
        var (field, value, type) = comparison.Left is MemberExpression { Expression: ParameterExpression } member
            ? (member.Member.Name, Evaluate(comparison.Right), comparison.NodeType)
            : comparison.Right is MemberExpression { Expression: ParameterExpression } right
                ? (right.Member.Name, Evaluate(comparison.Left), Mirror(comparison.NodeType))
                : throw new NotSupportedException($"the Qdrant store cannot filter by '{comparison}'");
        var key = PayloadKey(field);
        return (type, value) switch
        {
            (ExpressionType.Equal, string text) => MatchKeyword(key, text),
            (ExpressionType.Equal, int number) => Match(key, number),
            (ExpressionType.GreaterThanOrEqual, int number) => Range(key, new Qdrant.Client.Grpc.Range { Gte = number }),
            (ExpressionType.GreaterThan, int number) => Range(key, new Qdrant.Client.Grpc.Range { Gt = number }),
            (ExpressionType.LessThanOrEqual, int number) => Range(key, new Qdrant.Client.Grpc.Range { Lte = number }),
            (ExpressionType.LessThan, int number) => Range(key, new Qdrant.Client.Grpc.Range { Lt = number }),
            _ => throw new NotSupportedException($"the Qdrant store cannot filter by '{comparison}'"),
        };
    }

    /// <summary>The payload key of a record property: its name in camelCase.</summary>
    public static string PayloadKey(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static ExpressionType Mirror(ExpressionType type) => type switch
    {
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        _ => type,
    };

    // Constants and captured variables (closure fields) only: nothing that reads the record.
    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field, Expression: var owner } => field.GetValue(owner is null ? null : Evaluate(owner)),
        MemberExpression { Member: PropertyInfo property, Expression: var owner } when owner is not ParameterExpression =>
            property.GetValue(owner is null ? null : Evaluate(owner)),
        UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } => Evaluate(operand),
        _ => throw new NotSupportedException($"the Qdrant store cannot filter by the value '{expression}'"),
    };
}
