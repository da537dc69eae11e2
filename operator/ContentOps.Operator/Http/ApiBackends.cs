using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Stores;
using Prometheus;

namespace ContentOps.Operator.Http;

/// <summary>
/// What the API serves from, the same in both modes: <c>run --watch</c> passes its state folder, the operator its
/// caches and state database. A store that is null right now (a standby replica without PostgreSQL) makes its routes
/// answer 503, so a load balancer's retry reaches the leader.
/// </summary>
internal sealed record ApiBackends
{
    public required TimeProvider Time { get; init; }

    /// <summary>Readiness for <c>/readyz</c>; always ready when not given.</summary>
    public Func<bool> Ready { get; init; } = () => true;

    /// <summary>Served at <c>/metrics</c> when given.</summary>
    public CollectorRegistry? Metrics { get; init; }

    /// <summary>Sets <c>X-ContentOps-Leader</c> on <c>/metrics</c> when given.</summary>
    public Func<bool>? Leading { get; init; }

    /// <summary>The engagement store, or null while this replica cannot write it.</summary>
    public required Func<IEngagementStore?> Events { get; init; }

    /// <summary>The send ledger (with the suppression list), or null while this replica cannot write it.</summary>
    public required Func<ISendLedger?> Sends { get; init; }

    /// <summary>Reads comment text posted as events (sentiment, adverse events); null skips it.</summary>
    public Func<string, CommentAnalysis>? Comments { get; init; }

    /// <summary>Rep suggestions and their feedback; the suggestion routes answer 503 without it.</summary>
    public IRepSuggestionSource? Suggestions { get; init; }

    /// <summary>A ChannelTarget by namespace and name (for callbacks: its type and its secret).</summary>
    public required Func<string, string, ChannelTarget?> Channel { get; init; }

    public required ISecretResolver Secrets { get; init; }

    /// <summary>Verifies one-click unsubscribe links (the key that signed them); without it every link is refused.</summary>
    public Core.Publishing.Email.UnsubscribeSigner? Unsubscribe { get; init; }

    /// <summary>The Token of the WeChat accounts' server configuration (event push); the environment's by default.</summary>
    public Func<string?> WeChatToken { get; init; } = () => Environment.GetEnvironmentVariable(WeChatEventEndpoint.TokenVariable);
}
