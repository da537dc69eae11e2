using System.Net;
using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Http;

/// <summary>Starts the API of <c>contentops run --api-port N</c> on loopback over the run's state folder.</summary>
internal static class RunApi
{
    public static async Task<ApiServer?> StartAsync(
        int? port, EmbeddedRuntime runtime, string declarationsRoot, TextWriter output, CancellationToken cancellationToken, ApiAuth? auth = null)
    {
        if (port is not { } p)
        {
            return null;
        }

        var state = runtime.State;
        var secrets = new EnvironmentSecretResolver();
        var feedback = new JsonlFeedbackStore(Path.Combine(state.Folder, JsonlFeedbackStore.FileName));
        var server = new ApiServer(new ApiBackends
        {
            Time = TimeProvider.System,
            Metrics = runtime.Metrics.Registry,
            Events = () => state.Events,
            Sends = () => state.Sends,
            Comments = Comments(state.Resources),
            Suggestions = new StoreSuggestions(state.Resources, () => state.Sends, secrets, declarationsRoot, feedback, TimeProvider.System, effect: runtime.EffectModels),
            Channel = (ns, name) => state.Resources.Get(new ResourceKey("ChannelTarget", ns, name)) as ChannelTarget,
            Secrets = secrets,
            Unsubscribe = runtime.HcpChannels.Unsubscribe,
        }, auth ?? ApiAuth.FromEnvironment());
        await server.StartAsync(IPAddress.Loopback, p, cancellationToken);
        await output.WriteLineAsync($"Serving the API at http://127.0.0.1:{server.Port} (/v1/events, /v1/reps/{{id}}/suggestions, /v1/unsubscribe/{{key}}, /v1/callbacks/sms/…, /healthz, /metrics)"
            + (server.AuthConfigured ? "." : $"; authenticated routes are closed until {ApiAuth.TokenVariable} or {ApiAuth.HmacKeyVariable} is set."));
        return server;
    }

    /// <summary>Comment analysis over the declared products; jieba loads its dictionary (about a second) only when the first comment arrives.</summary>
    public static Func<string, CommentAnalysis> Comments(IResourceStore resources)
    {
        var analyzer = new Lazy<CommentAnalyzer>(() => new CommentAnalyzer(resources.List("Campaign").OfType<Campaign>()
            .SelectMany(c => new[] { c.Spec.Product.Name, c.Spec.Product.GenericName }).Where(n => n.Length > 0)));
        return text => analyzer.Value.Analyze(text);
    }
}
