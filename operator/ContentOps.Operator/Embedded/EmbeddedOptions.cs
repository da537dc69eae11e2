using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

namespace ContentOps.Operator.Embedded;

/// <summary>Settings of an embedded run, resolved once at start.</summary>
internal sealed record EmbeddedOptions
{
    /// <summary>Concurrent reconciles; the default suits a 2-core laptop or CI runner.</summary>
    public int Workers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Client for webhook channels (tests inject one bound to their receiver).</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>Generation providers; embedded only unless an OpenAI-compatible endpoint is configured.</summary>
    public ChatClientProvider? ChatClients { get; init; }

    /// <summary>Told when a piece comes down (stop pending sends, tell reps); see <see cref="IWithdrawalHook"/>.</summary>
    public IReadOnlyList<IWithdrawalHook> WithdrawalHooks { get; init; } = [];
}
