using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ContentOps.Operator.Tests.Observability;

namespace ContentOps.Operator.Tests.Generation;

/// <summary>
/// A local OpenAI-compatible endpoint (POST /v1/chat/completions over real HTTP) that answers from a script, one
/// step per request: an answer, an HTTP status, or a delay before answering. The last step repeats.
/// </summary>
internal sealed class ScriptedOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Step[] _script;
    private readonly Task _loop;
    private int _next;

    public ScriptedOpenAiServer(params Step[] script)
    {
        _script = script;
        var port = FreePort.Next();
        Endpoint = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }

    /// <summary>The JSON bodies of the requests received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static Step Answer(string content) => new(200, content, TimeSpan.Zero);

    public static Step Status(int status) => new(status, null, TimeSpan.Zero);

    public static Step Slow(TimeSpan delay, string content) => new(200, content, delay);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        Requests.Enqueue(await reader.ReadToEndAsync());
        var step = _script[Math.Min(Interlocked.Increment(ref _next) - 1, _script.Length - 1)];
        try
        {
            if (step.Delay > TimeSpan.Zero)
            {
                await Task.Delay(step.Delay);
            }

            context.Response.StatusCode = step.Status;
            context.Response.ContentType = "application/json";
            var body = step.Content is null
                ? JsonSerializer.Serialize(new { error = new { message = $"scripted status {step.Status}", type = "server_error" } })
                : JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-scripted",
                    @object = "chat.completion",
                    created = 1764806400,
                    model = "scripted-model",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = step.Content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 1200, completion_tokens = 300, total_tokens = 1500 },
                });
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout test); nothing to answer.
        }
    }

    internal sealed record Step(int Status, string? Content, TimeSpan Delay);
}
