using ContentOps.Core.Api;
using ContentOps.Operator.Controller;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// The audit log of the cluster mode: every transition the reconcilers audit is also a Kubernetes Event on the
/// object, so <c>kubectl describe</c> shows it without the reconcilers knowing where they run.
/// </summary>
internal sealed class EventingAuditLog(IAuditLog inner, IEventRecorder events) : IAuditLog
{
    private static readonly HashSet<string> _warnings = new(StringComparer.Ordinal) { ContentPiecePhase.ReviewFailed, ContentPiecePhase.Failed };

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await inner.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        var parts = record.Resource.Split('/');
        if (parts.Length == 3 && !string.IsNullOrWhiteSpace(record.Action))
        {
            var type = _warnings.Contains(record.Action) ? EventTypes.Warning : EventTypes.Normal;
            events.Record(new ResourceKey(parts[0], parts[1], parts[2]), type, record.Action, record.Message);
        }
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(string? resourceRef, int limit, CancellationToken cancellationToken) =>
        inner.ReadAsync(resourceRef, limit, cancellationToken);
}
