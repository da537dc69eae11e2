using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>One aggregated event: identical repeats raise <see cref="Count"/> and move <see cref="LastTimestamp"/>.</summary>
internal sealed record RecordedEvent(
    ResourceKey Involved,
    string Type,
    string Reason,
    string Message,
    IReadOnlyDictionary<string, string>? Data,
    int Count,
    DateTimeOffset FirstTimestamp,
    DateTimeOffset LastTimestamp);
