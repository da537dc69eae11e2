using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using ContentOps.Core.Knowledge.Text;
using ContentOps.Operator.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Tests.Knowledge;

/// <summary>The OpenAI-compatible embedding provider against a local server speaking /v1/embeddings over real HTTP.</summary>
public sealed class OpenAiEmbeddingsTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<JsonNode> _requests = new();
    private WebApplication? _app;
    private string _url = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v1/embeddings", async (HttpContext context) =>
        {
            var request = (await JsonNode.ParseAsync(context.Request.Body))!;
            _requests.Enqueue(request);
            var inputs = request["input"] is JsonArray array ? array.Select(i => (string)i!).ToList() : [(string)request["input"]!];
            var data = inputs.Select((text, i) => new { @object = "embedding", index = i, embedding = new[] { text.Length, 1f, -0.5f } });
            await context.Response.WriteAsJsonAsync(new { @object = "list", data, model = (string?)request["model"], usage = new { prompt_tokens = 3, total_tokens = 3 } });
        });
        await _app.StartAsync();
        _url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Endpoint_IsCalledOverHttp_WithTheModelAndInputs_AndItsVectorsReturned()
    {
        using var generator = EmbeddingGenerators.Create(_url + "/v1", "bge-m3", SharedTokenizer.Instance);

        var embeddings = await generator.GenerateAsync(["低血糖风险", "HbA1c"]);

        Assert.Equal([5f, 1f, -0.5f], embeddings[0].Vector.ToArray());
        Assert.Equal([5f, 1f, -0.5f], embeddings[1].Vector.ToArray());
        var request = Assert.Single(_requests);
        Assert.Equal("bge-m3", (string?)request["model"]);
        Assert.Equal(["低血糖风险", "HbA1c"], request["input"]!.AsArray().Select(i => (string)i!));
    }

    [Fact]
    public async Task WithoutEndpoint_TheEmbeddedEmbedding_IsUsed_AndNormalised()
    {
        using var generator = EmbeddingGenerators.Create(null, null, SharedTokenizer.Instance);

        var embedding = (await generator.GenerateAsync(["康力平每日一次口服"]))[0];

        Assert.Equal(256, embedding.Vector.Length);
        Assert.Equal(1.0, Math.Sqrt(embedding.Vector.ToArray().Sum(v => (double)v * v)), 4);
        Assert.Empty(_requests);
    }
}

/// <summary>One jieba dictionary for the operator tests.</summary>
internal static class SharedTokenizer
{
    public static ChineseTokenizer Instance { get; } = new();
}
