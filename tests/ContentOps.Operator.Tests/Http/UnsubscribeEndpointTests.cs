using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Http;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Sending;
using ContentOps.Operator.Tests.Planning;
using ContentOps.Operator.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Http;

/// <summary>
/// One-click unsubscribe over real HTTP against a run of the examples: the POST an HCP's mail client makes withdraws
/// that HCP's consent for the channel (only through the signed link the .eml carries: the bare idempotency key or a
/// forged signature is refused with 403 and changes nothing), records an attributed <c>unsubscribed</c> event, and the next send plan skips them.
/// </summary>
[Collection(ExampleRunCollection.Name)]
public sealed class UnsubscribeEndpointTests
{
    private const string Token = "api-token-77";

    /// <summary>Outside the channels' quiet hours (21:00–08:00 Asia/Shanghai), inside the campaign.</summary>
    private static readonly DateTimeOffset _daytime = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task OneClickPost_WithdrawsConsent_RecordsTheEvent_AndTheNextPlanSkipsTheHcp()
    {
        using var examples = new ExampleRepository();
        var time = new FakeTimeProvider(_daytime);
        using var runtime = EmbeddedRuntime.Open(Path.Combine(examples.Examples, ".contentops"), examples.Examples, examples.Head, new EmbeddedOptions { Workers = 2 }, time);
        var declarations = new DeclarationLoader(time, DeclarationLimits.Default).Load(examples.Examples);
        var report = await runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], examples.Head, null, CancellationToken.None);
        Assert.True(report.Sends.Sent >= 2, $"the examples reach HCPs: {report.Sends}");
        var sent = await runtime.State.Sends.ListSentSinceAsync(DateTimeOffset.MinValue, default);
        // The example e-mail channel carries the one-click List-Unsubscribe header.
        var unsubscribing = sent.First(s => s.Channel == "diabetes/approved-email");
        var other = sent.First(s => s.Channel == unsubscribing.Channel && s.PieceRef == unsubscribing.PieceRef && s.Hcp != unsubscribing.Hcp);
        var state = runtime.State;
        var secrets = new EnvironmentSecretResolver();
        var feedback = new JsonlFeedbackStore(Path.Combine(state.Folder, JsonlFeedbackStore.FileName));
        await using var api = await ApiHost.StartAsync(state, new ApiAuth(Token, null), secrets, adjust: b => b with
        {
            Suggestions = new StoreSuggestions(state.Resources, () => state.Sends, secrets, examples.Examples, feedback, time),
        });

        // The link as the HCP received it: the List-Unsubscribe header of the delivered .eml.
        var token = SignedToken(examples, unsubscribing.IdempotencyKey);
        Assert.NotEqual(unsubscribing.IdempotencyKey, token);

        // The idempotency key alone (rebuildable from piece, HCP, channel and digest) or with a forged signature is refused.
        foreach (var forged in new[] { unsubscribing.IdempotencyKey, $"{unsubscribing.IdempotencyKey}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", $"{other.IdempotencyKey}.{token.Split('.')[1]}" })
        {
            var refused = await OneClickAsync(api, forged);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("not signed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.Http.GetAsync($"/v1/unsubscribe/{forged}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Http.PostAsync($"/v1/unsubscribe?key={unsubscribing.IdempotencyKey}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode);
        Assert.Empty(await state.Sends.ListConsentWithdrawalsAsync(default));

        var page = await api.Http.GetAsync($"/v1/unsubscribe/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await state.Sends.ListConsentWithdrawalsAsync(default));
        var noBody = await api.Http.PostAsync($"/v1/unsubscribe/{token}", new StringContent(""));
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.Contains(UnsubscribeEndpoint.OneClickBody, await noBody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await OneClickAsync(api, UnsubscribeKey.Load(state.Folder).Sign(new string('0', 64)))).StatusCode);

        var response = await OneClickAsync(api, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var withdrawal = Assert.Single(await state.Sends.ListConsentWithdrawalsAsync(default));
        Assert.Equal((unsubscribing.Hcp, ConsentChannels.Email), (withdrawal.Hcp, withdrawal.ConsentChannel));
        var daily = await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        Assert.Equal(1, daily.Where(d => d.Type == "unsubscribed").Sum(d => d.Events));
        Assert.Equal(unsubscribing.Channel, daily.Single(d => d.Type == "unsubscribed").Channel);
        Assert.Equal(HttpStatusCode.OK, (await OneClickAsync(api, token)).StatusCode);
        var queryForm = await api.Http.PostAsync($"/v1/unsubscribe?hcp={unsubscribing.Hcp}&key={token}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, queryForm.StatusCode);
        Assert.Single(await state.Sends.ListConsentWithdrawalsAsync(default));

        var (input, _) = await StorePlanInput.BuildAsync(state.Resources, StorePlanInput.Published(state.Resources), state.Sends, secrets, examples.Examples,
            time.GetUtcNow().AddDays(1), default);
        var plan = SendPlanner.Plan(input);
        var piece = new PieceRef(unsubscribing.PieceRef.Split('/')[0], unsubscribing.PieceRef.Split('/')[1]);
        var channel = unsubscribing.Channel.Split('/')[1];
        Assert.Equal(SkipRules.Consent, plan.Skips.First(s => s.Hcp == unsubscribing.Hcp && s.Piece == piece && s.Channel.EndsWith(channel, StringComparison.Ordinal)).Rule);
        Assert.Equal(SkipRules.AlreadySent, plan.Skips.First(s => s.Hcp == other.Hcp && s.Piece == piece && s.Channel.EndsWith(channel, StringComparison.Ordinal)).Rule);
        Assert.DoesNotContain(plan.Sends, s => s.Hcp == unsubscribing.Hcp && s.ConsentChannel == ConsentChannels.Email);

        api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var suggestions = await api.Http.GetAsync($"/v1/reps/{Rep(examples, unsubscribing.Hcp)}/suggestions");
        Assert.Equal(HttpStatusCode.OK, suggestions.StatusCode);
        var list = JsonDocument.Parse(await suggestions.Content.ReadAsStringAsync()).RootElement.GetProperty("suggestions").EnumerateArray();
        Assert.DoesNotContain(list, s => s.GetProperty("hcp").GetString() == unsubscribing.Hcp && s.GetProperty("channel").GetString()!.EndsWith(channel, StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> OneClickAsync(ApiHost api, string token) =>
        api.Http.PostAsync($"/v1/unsubscribe/{token}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

    /// <summary>The key= token of the one-click link in the List-Unsubscribe header of the .eml the send delivered.</summary>
    private static string SignedToken(ExampleRepository examples, string idempotencyKey)
    {
        var message = Directory.EnumerateFiles(examples.Examples, "*.eml", SearchOption.AllDirectories).Select(f => MimeKit.MimeMessage.Load(f))
            .First(m => m.Headers["X-ContentOps-Idempotency-Key"] == idempotencyKey);
        var link = message.Headers[MimeKit.HeaderId.ListUnsubscribe]!.Split(',')[0].Trim().Trim('<', '>');
        var query = new Uri(link).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return query["key"];
    }

    private static string Rep(ExampleRepository examples, string hcp)
    {
        var lines = File.ReadAllLines(Path.Combine(examples.Examples, "profiles", "hcps.csv"));
        var header = lines[0].Split(',');
        int id = Array.IndexOf(header, "id"), rep = Array.IndexOf(header, "repId");
        return lines.Skip(1).Select(l => l.Split(',')).First(f => f[id] == hcp)[rep];
    }
}
