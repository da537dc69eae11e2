using ContentOps.Core.Api;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// Builds a status' conditions the Kubernetes way: lastTransitionTime changes only when the status flips
/// (apimachinery's SetStatusCondition), Reconciling and Stalled exist only while true, and order is stable.
/// </summary>
internal sealed class ConditionSet(IReadOnlyList<Condition>? previous, long generation, DateTimeOffset now)
{
    private static readonly string[] _order =
    [
        ConditionTypes.Ready, ConditionTypes.Reconciling, ConditionTypes.Stalled, ConditionTypes.Generated,
        ConditionTypes.Reviewed, ConditionTypes.Approved, ConditionTypes.Published, ConditionTypes.Current,
    ];

    private readonly Dictionary<string, Condition> _conditions = new(StringComparer.Ordinal);

    public void Set(string type, bool status, string reason, string message) =>
        Set(type, status ? ConditionStatus.True : ConditionStatus.False, reason, message);

    public void Set(string type, string status, string reason, string message)
    {
        var old = previous?.FirstOrDefault(c => c.Type == type);
        _conditions[type] = new Condition
        {
            Type = type,
            Status = status,
            Reason = reason,
            Message = message,
            ObservedGeneration = generation,
            LastTransitionTime = old is not null && old.Status == status ? old.LastTransitionTime : now,
        };
    }

    public string? StatusOf(string type) => _conditions.GetValueOrDefault(type)?.Status;

    public IReadOnlyList<Condition> ToList() =>
        [.. _conditions.Values.OrderBy(c => Array.IndexOf(_order, c.Type) is var i && i < 0 ? int.MaxValue : i).ThenBy(c => c.Type, StringComparer.Ordinal)];
}
