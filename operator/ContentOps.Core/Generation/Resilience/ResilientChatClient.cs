using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation.Resilience;

/// <summary>
/// Bounds calls to one model endpoint: at most <see cref="LlmResilienceOptions.MaxConcurrency"/> in flight, each
/// abandoned after <see cref="LlmResilienceOptions.Timeout"/>, transient failures (as <paramref name="isTransient"/>
/// decides: 429, 5xx, network errors) and timeouts retried with exponential backoff. When every attempt failed,
/// a <see cref="GenerationException"/> names the last failure; nothing generated, so nothing is reviewed or published.
/// </summary>
public sealed class ResilientChatClient(
    IChatClient inner, LlmResilienceOptions options, Func<Exception, bool> isTransient, TimeProvider time) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrency, options.MaxConcurrency);

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        for (var attempt = 0; ; attempt++)
        {
            string failure;
            await _slots.WaitAsync(cancellationToken);
            try
            {
                using var timeout = new CancellationTokenSource(options.Timeout, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
                try
                {
                    return await base.GetResponseAsync(list, chatOptions, linked.Token);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    failure = $"no answer within {options.Timeout.TotalSeconds:0.#} s";
                }
                catch (Exception e) when (isTransient(e) && !cancellationToken.IsCancellationRequested)
                {
                    failure = e.Message;
                }
            }
            finally
            {
                _slots.Release();
            }

            if (attempt >= options.MaxRetries)
            {
                throw new GenerationException($"The model endpoint failed {attempt + 1} time(s); last: {failure}.");
            }

            var delay = TimeSpan.FromTicks(Math.Min(options.BaseDelay.Ticks << Math.Min(attempt, 16), TimeSpan.FromSeconds(30).Ticks));
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
