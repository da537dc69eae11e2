using System.Linq.Expressions;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>
/// What may be returned: only approved records unexpired on <paramref name="UsableOn"/>, optionally of one kind,
/// product and category. Every store applies it before ranking, so withdrawn, draft and expired records are never returned.
/// </summary>
public sealed record KnowledgeFilter(DateOnly UsableOn, string? Kind = null, string? Product = null, string? Category = null)
{
    /// <summary>The filter as the VectorData expression every store understands.</summary>
    public Expression<Func<KnowledgeRecord, bool>> ToExpression()
    {
        var day = KnowledgeRecord.DayNumber(UsableOn);
        Expression<Func<KnowledgeRecord, bool>> filter = r => r.Status == "approved" && r.ExpiresOn >= day;
        if (Kind is { } kind)
        {
            filter = And(filter, r => r.Kind == kind);
        }

        if (Product is { Length: > 0 } product)
        {
            filter = And(filter, r => r.Product == product);
        }

        if (Category is { Length: > 0 } category)
        {
            filter = And(filter, r => r.Category == category);
        }

        return filter;
    }

    /// <summary>The same test, compiled for the in-process stores.</summary>
    public bool Matches(KnowledgeRecord record) =>
        record.Status == "approved" && record.ExpiresOn >= KnowledgeRecord.DayNumber(UsableOn)
        && (Kind is null || record.Kind == Kind)
        && (Product is not { Length: > 0 } || record.Product == Product)
        && (Category is not { Length: > 0 } || record.Category == Category);

    private static Expression<Func<KnowledgeRecord, bool>> And(Expression<Func<KnowledgeRecord, bool>> left, Expression<Func<KnowledgeRecord, bool>> right)
    {
        var body = new ParameterRebinder(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<KnowledgeRecord, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    private sealed class ParameterRebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
