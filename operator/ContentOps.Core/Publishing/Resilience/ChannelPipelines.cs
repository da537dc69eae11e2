using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace ContentOps.Core.Publishing.Resilience;

/// <summary>
/// The named resilience pipelines of outbound channel calls, registered once per process: one per ChannelTarget
/// (<c>http:namespace/name</c>, <c>smtp:namespace/name</c>), so a dead endpoint opens only its own circuit. Each is
/// total timeout → retry (exponential backoff with jitter, honouring Retry-After, never on other 4xx) → circuit
/// breaker → attempt timeout.
/// </summary>
public sealed class ChannelPipelines(TimeProvider time, ChannelResilienceOptions? options = null)
{
    private readonly ResiliencePipelineRegistry<string> _registry = new(new ResiliencePipelineRegistryOptions<string>());
    private readonly Dictionary<string, CircuitBreakerStateProvider> _circuits = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ChannelResilienceOptions Options { get; } = options ?? new ChannelResilienceOptions();

    /// <summary>The pipeline of HTTP calls to one channel target.</summary>
    public ResiliencePipeline<HttpResponseMessage> Http(string channel) =>
        _registry.GetOrAddPipeline<HttpResponseMessage>("http:" + channel, builder =>
        {
            var transient = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(IsTransient)
                .Build();
            builder.TimeProvider = time;
            builder.AddTimeout(Options.TotalTimeout)
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    ShouldHandle = args => ValueTask.FromResult(transient(args.Outcome) && !TooLongToWait(args.Outcome.Result)),
                    MaxRetryAttempts = Options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = Options.BaseDelay,
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                })
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
                {
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException or TimeoutRejectedException
                        || args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError }),
                    FailureRatio = Options.FailureRatio,
                    MinimumThroughput = Options.MinimumThroughput,
                    SamplingDuration = Options.SamplingDuration,
                    BreakDuration = Options.BreakDuration,
                    StateProvider = Circuit("http:" + channel),
                })
                .AddTimeout(Options.AttemptTimeout);
        });

    /// <summary>The pipeline of SMTP sessions with one channel target; transient: 4xx replies, dropped connections, timeouts.</summary>
    public ResiliencePipeline Smtp(string channel) =>
        _registry.GetOrAddPipeline("smtp:" + channel, builder =>
        {
            var transient = new PredicateBuilder()
                .Handle<SmtpCommandException>(e => (int)e.StatusCode is >= 400 and < 500)
                .Handle<SmtpProtocolException>()
                .Handle<ServiceNotConnectedException>()
                .Handle<IOException>()
                .Handle<SocketException>()
                .Handle<TimeoutRejectedException>();
            builder.TimeProvider = time;
            builder.AddTimeout(Options.TotalTimeout)
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = transient,
                    MaxRetryAttempts = Options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = Options.BaseDelay,
                })
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<SocketException>().Handle<IOException>().Handle<ServiceNotConnectedException>()
                        .Handle<SmtpProtocolException>().Handle<TimeoutRejectedException>(),
                    FailureRatio = Options.FailureRatio,
                    MinimumThroughput = Options.MinimumThroughput,
                    SamplingDuration = Options.SamplingDuration,
                    BreakDuration = Options.BreakDuration,
                    StateProvider = Circuit("smtp:" + channel),
                })
                .AddTimeout(Options.AttemptTimeout);
        });

    /// <summary>True while the circuit of a channel (either protocol) is open or half-open: its endpoint is considered down.</summary>
    public bool IsDown(string channel)
    {
        lock (_gate)
        {
            return new[] { "http:" + channel, "smtp:" + channel }.Any(k => _circuits.TryGetValue(k, out var state)
                && state.CircuitState is CircuitState.Open or CircuitState.Isolated);
        }
    }

    private CircuitBreakerStateProvider Circuit(string key)
    {
        lock (_gate)
        {
            var provider = new CircuitBreakerStateProvider();
            _circuits[key] = provider;
            return provider;
        }
    }

    /// <summary>408, 429 and 5xx are worth another attempt; every other 4xx is the request's fault and is not retried.</summary>
    private static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;

    private bool TooLongToWait(HttpResponseMessage? response) => RetryAfter(response) > Options.MaxRetryAfter;

    private TimeSpan? RetryAfter(HttpResponseMessage? response) => RetryAfterHeader.Of(response, time);
}
