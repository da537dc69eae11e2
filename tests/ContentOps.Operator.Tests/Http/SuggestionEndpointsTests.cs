using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Http;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Planning;

namespace ContentOps.Operator.Tests.Http;

public sealed class SuggestionEndpointsTests
{
    private const string Token = "test-token-123";
    private const string HmacKey = "hmac-key-456";

    [Fact]
    public async Task Suggestions_NeedTheToken_AndADismissalRemovesThatSuggestionFromTheNextList()
    {
        using var repo = new ExampleRepository();
        await using var api = await StartAsync(repo, out var state);
        using var _ = state;
        var http = api.Http;

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/v1/reps/rep-js-01/suggestions")).StatusCode);

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var first = await Suggestions(http);
        var top = first[0];
        var hcp = top.GetProperty("hcp").GetString();
        var content = top.GetProperty("content").GetString();
        var posted = await http.PostAsJsonAsync($"/v1/suggestions/{top.GetProperty("id").GetString()}/feedback",
            new { rep = "rep-js-01", hcp, content, outcome = "dismissed", reason = "刚拜访过" });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var missingReason = await http.PostAsJsonAsync("/v1/suggestions/x/feedback", new { rep = "rep-js-01", hcp, content, outcome = "dismissed" });
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);

        var second = await Suggestions(http);
        Assert.DoesNotContain(second, s => s.GetProperty("hcp").GetString() == hcp && s.GetProperty("content").GetString() == content);
    }

    [Fact]
    public async Task Feedback_SignedWithTheHmacKey_IsAccepted_AndBadJsonIs400WithTheExpectedShape()
    {
        using var repo = new ExampleRepository();
        await using var api = await StartAsync(repo, out var state);
        using var _ = state;

        var body = """{"rep":"rep-js-01","hcp":"hcp-0001","content":"diabetes/x","outcome":"executed"}""";
        using var signed = new HttpRequestMessage(HttpMethod.Post, "/v1/suggestions/s1/feedback") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        signed.Headers.Add(ApiAuth.SignatureHeader, ApiAuth.Sign(HmacKey, Encoding.UTF8.GetBytes(body)));
        Assert.Equal(HttpStatusCode.Created, (await api.Http.SendAsync(signed)).StatusCode);

        using var wrongBody = new HttpRequestMessage(HttpMethod.Post, "/v1/suggestions/s1/feedback") { Content = new StringContent(body + " ", Encoding.UTF8, "application/json") };
        wrongBody.Headers.Add(ApiAuth.SignatureHeader, ApiAuth.Sign(HmacKey, Encoding.UTF8.GetBytes(body)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.SendAsync(wrongBody)).StatusCode);

        api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var broken = await api.Http.PostAsync("/v1/suggestions/s1/feedback", new StringContent("{\"rep\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var error = JsonDocument.Parse(await broken.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
        Assert.Contains("not JSON", error, StringComparison.Ordinal);
        Assert.Contains("\"outcome\"", error, StringComparison.Ordinal);
    }

    private static Task<ApiHost> StartAsync(ExampleRepository repo, out LocalStateStore state)
    {
        var feedback = new JsonlFeedbackStore(Path.Combine(repo.Examples, ".contentops", JsonlFeedbackStore.FileName));
        var service = new SuggestionService(repo.Examples, new InMemorySendHistory(), feedback, TimeProvider.System);
        // The API's own stores, inside the temporary repository so they go with it.
        state = LocalStateStore.Open(Path.Combine(repo.Examples, ".api-state"));
        return ApiHost.StartAsync(state, new ApiAuth(Token, HmacKey), new Operator.Reconcilers.EnvironmentSecretResolver(), suggestions: new DeclaredSuggestions(service));
    }

    private static async Task<List<JsonElement>> Suggestions(HttpClient http)
    {
        var response = await http.GetAsync("/v1/reps/rep-js-01/suggestions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. json.GetProperty("suggestions").EnumerateArray()];
    }

    /// <summary>Suggestions simulated from the declarations, as <c>contentops nba</c> computes them.</summary>
    private sealed class DeclaredSuggestions(SuggestionService service) : IRepSuggestionSource
    {
        public ISuggestionFeedbackStore Feedback => service.Feedback;

        public Task<RepSuggestions?> ForRepAsync(string rep, TextWriter error, CancellationToken cancellationToken) =>
            service.ForRepAsync(rep, null, TextWriter.Null, error, cancellationToken);
    }
}
