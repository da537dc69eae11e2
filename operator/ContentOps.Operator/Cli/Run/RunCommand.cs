using System.CommandLine;
using ContentOps.Operator.Embedded;

namespace ContentOps.Operator.Cli.Run;

/// <summary><c>contentops run</c>: reconciles a folder of declarations on the embedded defaults.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "Folder (or file) of declarations; default: current folder.", DefaultValueFactory = _ => "." };
        var state = new Option<string?>("--state") { Description = "State folder (SQLite + artifacts); default: .contentops/ beside the declarations." };
        var revision = new Option<string?>("--revision") { Description = "Git revision to read the declarations at; default: the work tree." };
        var once = new Option<bool>("--once") { Description = "Reconcile until idle, print the table and exit (the default)." };
        var watch = new Option<bool>("--watch") { Description = "Keep running: pick up file changes and scheduled times." };
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve Prometheus metrics on http://127.0.0.1:PORT/metrics while running." };
        var eventsPort = new Option<int?>("--events-port") { Description = "Old name of --api-port (the event API is part of the one API now)." };
        var apiPort = new Option<int?>("--api-port")
        {
            Description = "Serve the API on http://127.0.0.1:PORT: POST /v1/events, GET /v1/reps/{id}/suggestions, POST /v1/suggestions/{id}/feedback "
                + "(Bearer CONTENTOPS_API_TOKEN or HMAC with CONTENTOPS_API_HMAC_KEY), one-click unsubscribe, SMS delivery receipts, /healthz, /readyz, /metrics.",
        };
        var llmEndpoint = new Option<string?>("--llm-endpoint") { Description = "OpenAI-compatible base URL (vLLM, Ollama) for pieces with generation.provider: openai." };
        var llmModel = new Option<string?>("--llm-model") { Description = "Model name at that endpoint." };
        var command = new Command("run", """
            Reconcile declarations until nothing more can happen without a person or the clock: generate, review,
            wait for approvals, publish to channels, withdraw what is deleted or expired. Ends with a table of every
            piece. Exit 0 when it converged without errors, 1 on invalid declarations or failed pieces.

            Examples:
              contentops run examples
              contentops run examples --watch --metrics-port 9464
              CONTENTOPS_API_TOKEN=… contentops run examples --watch --api-port 8088
            """)
        {
            path, state, revision, once, watch, metricsPort, eventsPort, apiPort, llmEndpoint, llmModel,
        };
        command.SetAction((parseResult, cancellationToken) => new RunVerb(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error)
            .ExecuteAsync(new RunArguments(
                parseResult.GetValue(path)!,
                parseResult.GetValue(state),
                parseResult.GetValue(revision),
                parseResult.GetValue(watch),
                parseResult.GetValue(metricsPort),
                parseResult.GetValue(llmEndpoint),
                parseResult.GetValue(llmModel),
                parseResult.GetValue(eventsPort),
                parseResult.GetValue(apiPort)), cancellationToken));
        return command;
    }
}
