using ContentOps.Core.Api.Channels;
using ContentOps.Core.Generation;

namespace ContentOps.Core.Publishing.Hcp;

/// <summary>One rendition of one piece, to several HCPs on one channel.</summary>
public sealed record HcpSendBatch
{
    /// <summary>namespace/name of the piece.</summary>
    public required string Piece { get; init; }

    public required string ContentDigest { get; init; }

    public required ChannelTarget Channel { get; init; }

    public required Rendition Rendition { get; init; }

    public required IReadOnlyList<HcpSend> Sends { get; init; }

    /// <summary>The channel's id for the piece-level publication (WeChat: the published article), when there is one.</summary>
    public string? PublicationId { get; init; }

    /// <summary>Secret value resolved from the channel's secretRef, or null. Never logged or echoed.</summary>
    public string? Secret { get; init; }

    /// <summary>
    /// Signs the one-click unsubscribe link of e-mail (<c>{key}</c> in <c>spec.unsubscribeUrl</c> becomes the signed
    /// token). Without it e-mail carries the mailto: unsubscribe only: an unsigned link would be refused.
    /// </summary>
    public Email.UnsubscribeSigner? Unsubscribe { get; init; }

    /// <summary>
    /// Called by adapters that reach recipients one by one, after each accepted send and before the next starts: the
    /// caller makes the receipt durable there, so a kill -9 mid-batch resends at most the sends in flight (e-mail has
    /// no idempotency key a mail server honours: a lost receipt would be a second e-mail to that HCP).
    /// </summary>
    public Func<HcpSendOutcome, CancellationToken, Task>? Accepted { get; init; }

    /// <summary>Reports <paramref name="outcome"/> through <see cref="Accepted"/> and returns it.</summary>
    public async Task<HcpSendOutcome> AcceptedAsync(HcpSendOutcome outcome, CancellationToken cancellationToken)
    {
        if (Accepted is { } accepted)
        {
            await accepted(outcome, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
