using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Core.Tests.Publishing.Servers;

/// <summary>
/// A local server following the WeChat Official Account API's documented paths, payloads and errcodes: token,
/// draft/add, freepublish/submit|get|delete, message/mass/send (clientmsgid dedup → 45065 with the first msg_id),
/// message/mass/delete|get, message/template/send, freepublish/getarticle. Tokens are checked; tests script errcodes for the next calls of a path.
/// </summary>
internal sealed class FakeWeChatServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, long> _clientMsgIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<int>> _scripted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _validTokens = [];
    private LocalHttpServer? _http;
    private int _tokens;
    private int _publishPolls;
    private long _nextMsgId = 1000;

    public string Secret { get; init; } = "app-secret";

    /// <summary>freepublish/get answers publish_status 1 (publishing) this many times before 0.</summary>
    public int PublishingPolls { get; init; } = 1;

    public string BaseUrl => _http!.BaseUrl;

    /// <summary>Every call: path and JSON body (the query is not kept: it holds secrets).</summary>
    public ConcurrentQueue<(string Path, JsonNode? Body)> Calls { get; } = new();

    public int TokensIssued => _tokens;

    public static async Task<FakeWeChatServer> StartAsync(string secret, int publishingPolls = 1)
    {
        var server = new FakeWeChatServer { Secret = secret, PublishingPolls = publishingPolls };
        server._http = await LocalHttpServer.StartAsync(server.HandleAsync);
        return server;
    }

    /// <summary>The next calls of <paramref name="path"/> answer these errcodes, in order.</summary>
    public void Script(string path, params int[] errcodes) => _scripted[path] = new Queue<int>(errcodes);

    /// <summary>Every issued token stops working (as after another client fetched a new one).</summary>
    public void InvalidateTokens()
    {
        lock (_validTokens)
        {
            _validTokens.Clear();
        }
    }

    public IReadOnlyList<JsonNode?> Bodies(string path) => [.. Calls.Where(c => c.Path == path).Select(c => c.Body)];

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!.TrimStart('/');
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Method == "POST")
        {
            var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
            body = text.Length > 0 ? JsonNode.Parse(text) : null;
        }

        Calls.Enqueue((path, body));
        if (path == "cgi-bin/token")
        {
            await WriteAsync(context, Token(context));
            return;
        }

        bool valid;
        lock (_validTokens)
        {
            valid = _validTokens.Contains(context.Request.Query["access_token"].ToString());
        }

        if (!valid)
        {
            await WriteAsync(context, Error(40001, "invalid credential, access_token is invalid or not latest"));
            return;
        }

        if (_scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var scripted))
        {
            await WriteAsync(context, Error(scripted, "scripted"));
            return;
        }

        await WriteAsync(context, Answer(path, body!));
    }

    private JsonObject Token(HttpContext context)
    {
        if (context.Request.Query["secret"] != Secret)
        {
            return Error(40125, "invalid appsecret");
        }

        var token = $"token-{Interlocked.Increment(ref _tokens)}";
        lock (_validTokens)
        {
            _validTokens.Add(token);
        }

        return new JsonObject { ["access_token"] = token, ["expires_in"] = 7200 };
    }

    private JsonObject Answer(string path, JsonNode body) => path switch
    {
        "cgi-bin/draft/add" => new JsonObject { ["media_id"] = $"media-{body["articles"]!.AsArray().Count}-{Calls.Count}" },
        "cgi-bin/freepublish/submit" => new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["publish_id"] = 2247503051 },
        "cgi-bin/freepublish/get" => Interlocked.Increment(ref _publishPolls) <= PublishingPolls
            ? new JsonObject { ["publish_id"] = 2247503051, ["publish_status"] = 1 }
            : new JsonObject { ["publish_id"] = 2247503051, ["publish_status"] = 0, ["article_id"] = "ARTICLE_ID_1" },
        "cgi-bin/freepublish/getarticle" => new JsonObject
        {
            ["news_item"] = new JsonArray(new JsonObject { ["title"] = "article", ["url"] = $"https://mp.weixin.qq.com/s/{body["article_id"]!.GetValue<string>()}" }),
        },
        "cgi-bin/freepublish/delete" or "cgi-bin/message/mass/delete" => Error(0, "ok"),
        "cgi-bin/message/mass/send" => MassSend(body),
        "cgi-bin/message/template/send" => body["touser"]?.GetValue<string>() is { Length: > 0 } && body["template_id"]?.GetValue<string>() is { Length: > 0 } && body["data"] is JsonObject
            ? new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["msgid"] = Interlocked.Increment(ref _nextMsgId) }
            : Error(40003, "invalid openid or template_id"),
        "cgi-bin/message/mass/get" => new JsonObject { ["msg_id"] = body["msg_id"]!.GetValue<long>(), ["msg_status"] = "SEND_SUCCESS" },
        _ => Error(40004, "unknown path"),
    };

    private JsonObject MassSend(JsonNode body)
    {
        var clientMsgId = body["clientmsgid"]!.GetValue<string>();
        if (_clientMsgIds.TryGetValue(clientMsgId, out var existing))
        {
            return new JsonObject { ["errcode"] = 45065, ["errmsg"] = "clientmsgid exist", ["msg_id"] = existing };
        }

        var id = Interlocked.Increment(ref _nextMsgId);
        _clientMsgIds[clientMsgId] = id;
        return new JsonObject { ["errcode"] = 0, ["errmsg"] = "send job submission success", ["msg_id"] = id, ["msg_data_id"] = id * 10 };
    }

    private static JsonObject Error(int code, string message) => new() { ["errcode"] = code, ["errmsg"] = message };

    private static Task WriteAsync(HttpContext context, JsonObject answer)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(answer.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    public async ValueTask DisposeAsync()
    {
        if (_http is not null)
        {
            await _http.DisposeAsync();
        }
    }
}
