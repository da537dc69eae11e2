using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>The earliest delayed key: when it is due and, if known, why it was requeued (for "next: publishAt …").</summary>
internal sealed record NextWakeup(ResourceKey Key, DateTimeOffset Due, string? Reason = null);
