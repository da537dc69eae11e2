using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Analytics;

/// <summary>Starts the event API of <c>contentops run --events-port N</c> over the run's state folder.</summary>
internal static class EventApiStarter
{
    public static async Task<EventApiServer?> StartAsync(int? port, LocalStateStore state, TextWriter output, CancellationToken cancellationToken)
    {
        if (port is not { } p)
        {
            return null;
        }

        // jieba loads its dictionary in about a second: only when the first comment arrives.
        var analyzer = new Lazy<CommentAnalyzer>(() => new CommentAnalyzer(state.Resources.List("Campaign").OfType<Campaign>()
            .SelectMany(c => new[] { c.Spec.Product.Name, c.Spec.Product.GenericName }).Where(n => n.Length > 0)));
        var auth = EventApiAuth.FromEnvironment();
        var server = new EventApiServer(new EventBatchHandler(state.Events, text => analyzer.Value.Analyze(text), TimeProvider.System), auth);
        await server.StartAsync(p, cancellationToken);
        await output.WriteLineAsync($"Accepting engagement events at http://127.0.0.1:{server.Port}/v1/events"
            + (auth.Configured ? "." : $" (closed until {EventApiAuth.TokenVariable} or {EventApiAuth.HmacKeyVariable} is set)."));
        return server;
    }
}
