using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Records a transition of a resource for people and auditors (Kubernetes Events, the local audit log).
/// Implementations aggregate repeats and must not throw for a valid call: recording never fails a reconcile.
/// </summary>
internal interface IEventRecorder
{
    /// <param name="involved">The resource the event is about.</param>
    /// <param name="type"><see cref="EventTypes.Normal"/> or <see cref="EventTypes.Warning"/>.</param>
    /// <param name="reason">A specific CamelCase reason, e.g. <c>Published</c>, <c>ReviewFailed</c>.</param>
    /// <param name="message">A sentence a person can act on; never secrets or full prompts.</param>
    /// <param name="data">Audit details such as digests, Git commit, channel; may be ignored by a sink.</param>
    void Record(ResourceKey involved, string type, string reason, string message, IReadOnlyDictionary<string, string>? data = null);
}
