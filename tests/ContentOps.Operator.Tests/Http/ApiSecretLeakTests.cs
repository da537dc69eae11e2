using System.Net.Http.Headers;
using System.Text;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Http;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Tests.Sending;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Http;

/// <summary>
/// Planted secrets (the API token, the HMAC key, a channel's secret) never appear in what the API answers or what
/// the run prints about it, whatever is sent: right and wrong credentials, bad bodies, unknown routes and keys.
/// </summary>
public sealed class ApiSecretLeakTests
{
    private const string Token = "planted-api-token-3e7a91";
    private const string HmacKey = "planted-hmac-key-8c44d2";

    [Fact]
    public async Task EveryRoute_AnswersWithoutThePlantedSecrets()
    {
        using var fixture = new SendingFixture(TimeProvider.System);
        fixture.AddChannel("hcp-sms", "sms", "http://127.0.0.1:9/send");
        await using var api = await ApiHost.StartAsync(fixture.State, new ApiAuth(Token, HmacKey), new Secrets(), fixture.ChannelTargets);
        var answers = new StringBuilder();
        string[] paths = ["/v1/events", "/v1/suggestions/s1/feedback", "/v1/unsubscribe/k1", "/v1/callbacks/sms/diabetes/hcp-sms", "/v1/callbacks/sms/diabetes/none", "/v1/nothing"];
        string[] bodies = ["", "{not json", "[]", "{\"id\":\"x\",\"status\":\"DELIVRD\"}", "List-Unsubscribe=One-Click"];
        foreach (var path in paths)
        {
            foreach (var body in bodies)
            {
                foreach (var credential in new[] { null, "Bearer wrong", "Bearer " + Token })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    if (credential is not null)
                    {
                        request.Headers.Authorization = AuthenticationHeaderValue.Parse(credential);
                    }

                    request.Headers.Add(ApiAuth.SignatureHeader, ApiAuth.Sign(HmacKey + "x", Encoding.UTF8.GetBytes(body)));
                    request.Headers.Add(WebhookChannel.SignatureHeader + "-Probe", "1");
                    await Record(answers, await api.Http.SendAsync(request));
                }
            }
        }

        await Record(answers, await api.Http.GetAsync("/v1/reps/rep-1/suggestions"));
        await Record(answers, await api.Http.GetAsync("/v1/unsubscribe/k1"));
        await Record(answers, await api.Http.GetAsync("/healthz"));

        var text = answers.ToString();
        Assert.Contains("401", text, StringComparison.Ordinal);
        foreach (var secret in new[] { Token, HmacKey, SendingFixture.Secret }.Concat(UnsubscribeKeyForms(fixture.State.Folder)))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The generated unsubscribe key as it could leak: base64 and hex.</summary>
    private static string[] UnsubscribeKeyForms(string stateFolder)
    {
        var key = File.ReadAllBytes(Path.Combine(stateFolder, Operator.Sending.UnsubscribeKey.FileName));
        return [Convert.ToBase64String(key), Convert.ToHexString(key), Convert.ToHexStringLower(key)];
    }

    [Fact]
    public async Task RunApi_AnnouncesWhereItServes_WithoutTheToken()
    {
        using var folder = new TempStateFolder();
        Directory.CreateDirectory(folder.Path);
        using var runtime = EmbeddedRuntime.Open(Path.Combine(folder.Path, "state"), folder.Path, null, new EmbeddedOptions(), TimeProvider.System);
        using var output = new StringWriter();

        await using var server = await RunApi.StartAsync(Observability.FreePort.Next(), runtime, folder.Path, output, default, new ApiAuth(Token, HmacKey));

        Assert.Contains($"http://127.0.0.1:{server!.Port}", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(HmacKey, output.ToString(), StringComparison.Ordinal);
        Assert.All(UnsubscribeKeyForms(runtime.State.Folder), k => Assert.DoesNotContain(k, output.ToString(), StringComparison.Ordinal));
    }

    private static async Task Record(StringBuilder answers, HttpResponseMessage response)
    {
        answers.Append((int)response.StatusCode).Append(' ').Append(response.Headers).Append(response.Content.Headers)
            .AppendLine(await response.Content.ReadAsStringAsync());
        response.Dispose();
    }

    private sealed class Secrets : ISecretResolver
    {
        public string? Resolve(SecretReference reference) => SendingFixture.Secret;
    }
}
