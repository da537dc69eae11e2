using System.Net;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Operator.Http;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Tests.Sending;

namespace ContentOps.Operator.Tests.Http;

/// <summary>
/// The SMS gateway's delivery receipts over real HTTP: SMS are sent through a local gateway, then the gateway's signed
/// receipts are posted to the API; each is attributed to its send by the gateway's message id.
/// </summary>
public sealed class SmsReceiptEndpointTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task SignedReceipts_MarkTheSendsDelivered_OrBounced_AndRecordAttributedEvents_Once()
    {
        using var fixture = new SendingFixture(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_now));
        var port = Observability.FreePort.Next();
        await using var gateway = await SmsGateway.StartAsync(port, SendingFixture.Secret);
        fixture.AddChannel("hcp-sms", "sms", $"http://127.0.0.1:{port}/send");
        fixture.AddHcps(2);
        var report = await fixture.ExecuteAsync(fixture.Piece("uid-1", ("hcp-001", "hcp-sms", _now), ("hcp-002", "hcp-sms", _now)));
        Assert.Equal(2, report.Sent);
        var sends = await fixture.State.Sends.ListForPieceAsync("uid-1", default);
        var first = sends.Single(s => s.Hcp == "hcp-001").ExternalId!;
        var second = sends.Single(s => s.Hcp == "hcp-002").ExternalId!;
        await using var api = await ApiHost.StartAsync(fixture.State, new ApiAuth("api-token", null), new Secrets(), fixture.ChannelTargets);

        var delivered = await PostAsync(api, $"{{\"id\":\"{first}\",\"status\":\"DELIVRD\"}}", SendingFixture.Secret);
        var bounced = await PostAsync(api, $"{{\"id\":\"{second}\",\"status\":\"UNDELIV\"}}", SendingFixture.Secret);
        var replay = await PostAsync(api, $"{{\"id\":\"{first}\",\"status\":\"DELIVRD\"}}", SendingFixture.Secret);

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.True(Json(await delivered.Content.ReadAsStringAsync()).GetProperty("attributed").GetBoolean());
        Assert.True(Json(await bounced.Content.ReadAsStringAsync()).GetProperty("attributed").GetBoolean());
        Assert.False(Json(await replay.Content.ReadAsStringAsync()).GetProperty("attributed").GetBoolean());
        var after = await fixture.State.Sends.ListForPieceAsync("uid-1", default);
        Assert.Equal(DeliveryStatus.Delivered, after.Single(s => s.Hcp == "hcp-001").DeliveryStatus);
        Assert.Equal(DeliveryStatus.Failed, after.Single(s => s.Hcp == "hcp-002").DeliveryStatus);
        var daily = await fixture.State.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        Assert.Equal(1, daily.Where(d => d.Type == "delivered").Sum(d => d.Events));
        Assert.Equal(1, daily.Where(d => d.Type == "bounced").Sum(d => d.Events));
        Assert.All(daily, d => Assert.Equal("diabetes/hcp-sms", d.Channel));
    }

    [Fact]
    public async Task Receipts_Unsigned_OrForAnotherChannel_OrNotAReceipt_AreRefusedWithAClearError()
    {
        using var fixture = new SendingFixture(TimeProvider.System);
        fixture.AddChannel("hcp-sms", "sms", "http://127.0.0.1:9/send");
        fixture.AddChannel("approved-email", "file", "out/email");
        await using var api = await ApiHost.StartAsync(fixture.State, new ApiAuth("api-token", null), new Secrets(), fixture.ChannelTargets);
        const string body = "{\"id\":\"gw-1\",\"status\":\"DELIVRD\"}";

        var unsigned = await api.Http.PostAsync("/v1/callbacks/sms/diabetes/hcp-sms", new StringContent(body));
        var wrongKey = await PostAsync(api, body, "another-key");
        var notSms = await PostAsync(api, body, SendingFixture.Secret, "approved-email");
        var notReceipt = await PostAsync(api, "{\"id\": ", SendingFixture.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notSms.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notReceipt.StatusCode);
        Assert.Contains("\\\"status\\\"", await notReceipt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var response in new[] { unsigned, wrongKey, notSms, notReceipt })
        {
            Assert.DoesNotContain(SendingFixture.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(ApiHost api, string body, string key, string channel = "hcp-sms")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/callbacks/sms/diabetes/{channel}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookChannel.SignatureHeader, WebhookChannel.Sign(key, Encoding.UTF8.GetBytes(body)));
        return api.Http.SendAsync(request);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private sealed class Secrets : ISecretResolver
    {
        public string? Resolve(SecretReference reference) => SendingFixture.Secret;
    }
}
