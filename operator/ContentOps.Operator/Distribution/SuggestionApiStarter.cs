using ContentOps.Core.Distribution;

namespace ContentOps.Operator.Distribution;

/// <summary>Starts the suggestion API of <c>contentops run --api-port N</c> over the declarations and the run's state folder.</summary>
internal static class SuggestionApiStarter
{
    public static async Task<SuggestionApiServer?> StartAsync(int? port, string declarations, string stateFolder, TextWriter output, CancellationToken cancellationToken)
    {
        if (port is not { } p)
        {
            return null;
        }
        var feedback = new JsonlFeedbackStore(Path.Combine(stateFolder, JsonlFeedbackStore.FileName));
        var service = new SuggestionService(declarations, null, feedback, TimeProvider.System);
        var token = Environment.GetEnvironmentVariable(SuggestionApiServer.TokenVariable);
        var server = new SuggestionApiServer(service, token, TimeProvider.System);
        await server.StartAsync(p, cancellationToken);
        await output.WriteLineAsync($"Serving rep suggestions at http://127.0.0.1:{server.Port}/v1/reps/{{id}}/suggestions"
            + (string.IsNullOrEmpty(token) ? $" (closed until {SuggestionApiServer.TokenVariable} is set)." : "."));
        return server;
    }
}
