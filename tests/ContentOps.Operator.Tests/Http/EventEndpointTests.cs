using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContentOps.Operator.Http;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Http;

public sealed class EventEndpointTests : IAsyncLifetime
{
    private const string Token = "test-token-123";
    private const string HmacKey = "hmac-key-456";
    private const string Batch = """
        [{"id":"e1","type":"opened","occurredAt":"2026-12-04T09:00:00+08:00","idempotencyKey":"k1"},
         {"id":"e2","type":"flew","occurredAt":"2026-12-04T09:00:00+08:00","idempotencyKey":"k1"},
         {"id":"e1","type":"opened","occurredAt":"2026-12-04T09:00:00+08:00","idempotencyKey":"k1"}]
        """;

    private readonly TempStateFolder _folder = new();
    private readonly HttpClient _http = new();
    private LocalStateStore? _state;
    private ApiHost? _server;

    public async Task InitializeAsync()
    {
        _state = LocalStateStore.Open(_folder.Path);
        _server = await ApiHost.StartAsync(_state, new ApiAuth(Token, HmacKey), new Operator.Reconcilers.EnvironmentSecretResolver());
    }

    private Task<HttpResponseMessage> PostAsync(string body, Action<HttpRequestMessage>? sign = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{_server!.Server.Port}/v1/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        sign?.Invoke(request);
        return _http.SendAsync(request);
    }

    [Fact]
    public async Task Post_WithTheToken_StoresGoodEvents_DropsDuplicates_AndListsRejectedIndexes()
    {
        var response = await PostAsync(Batch, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, json.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("duplicates").GetInt32());
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejected.GetProperty("index").GetInt32());
    }

    [Fact]
    public async Task Post_WithAValidHmacSignature_IsAccepted()
    {
        var response = await PostAsync(Batch, r => r.Headers.Add(ApiAuth.SignatureHeader, ApiAuth.Sign(HmacKey, Encoding.UTF8.GetBytes(Batch))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Bearer wrong-token", null)]
    [InlineData("Basic dGVzdA==", null)]
    [InlineData(null, "sha256=00ff")]
    [InlineData(null, "sha256=not-hex")]
    public async Task Post_WithoutValidCredentials_Is401_AndStoresNothing(string? authorization, string? signature)
    {
        var response = await PostAsync(Batch, r =>
        {
            if (authorization is not null)
            {
                r.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            if (signature is not null)
            {
                r.Headers.Add(ApiAuth.SignatureHeader, signature);
            }
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Token, await response.Content.ReadAsStringAsync());
        Assert.Empty(await _state!.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default));
    }

    [Fact]
    public async Task Post_ASignatureOverADifferentBody_Is401()
    {
        var response = await PostAsync(Batch, r => r.Headers.Add(ApiAuth.SignatureHeader, ApiAuth.Sign(HmacKey, Encoding.UTF8.GetBytes("[]"))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"items\": []}")]
    public async Task Post_ABodyThatIsNotABatch_Is400(string body)
    {
        var response = await PostAsync(body, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("{\"events\": [...]}", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ToAServerWithNoSecretConfigured_IsRefused()
    {
        await using var closed = await ApiHost.StartAsync(_state!, new ApiAuth(null, null), new Operator.Reconcilers.EnvironmentSecretResolver());

        var response = await closed.Http.PostAsync("/v1/events", new StringContent(Batch));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(ApiAuth.TokenVariable, await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        _state!.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }
}
