using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContentOps.Core.Distribution;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Tests.Observability;
using ContentOps.Operator.Tests.Planning;

namespace ContentOps.Operator.Tests.Distribution;

public sealed class SuggestionApiServerTests
{
    private const string Token = "test-token-123";

    [Fact]
    public async Task Suggestions_NeedTheToken_AndADismissalRemovesThatSuggestionFromTheNextList()
    {
        using var repo = new ExampleRepository();
        var feedback = new JsonlFeedbackStore(Path.Combine(repo.Examples, ".contentops", JsonlFeedbackStore.FileName));
        var service = new SuggestionService(repo.Examples, new InMemorySendHistory(), feedback, TimeProvider.System);
        await using var server = new SuggestionApiServer(service, Token, TimeProvider.System);
        await server.StartAsync(FreePort.Next(), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };

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

    private static async Task<List<JsonElement>> Suggestions(HttpClient http)
    {
        var response = await http.GetAsync("/v1/reps/rep-js-01/suggestions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. json.GetProperty("suggestions").EnumerateArray()];
    }
}
