using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Tests.Planning;
using ContentOps.Operator.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Sending;

/// <summary>
/// The <c>crm</c> channel pushes new next-best-action suggestions to reps: a run of the examples with a CRM channel
/// (a local CRM over HTTP) posts each rep's suggestions as signed <c>nba-card</c> items, and a rerun pushes none again.
/// </summary>
[Collection(ExampleRunCollection.Name)]
public sealed class SuggestionPushTests
{
    private const string SecretVariable = "SUGGESTION_PUSH_TEST_CRM";
    private const string Secret = "planted-crm-secret-40be";

    /// <summary>Outside the channels' quiet hours (21:00–08:00 Asia/Shanghai), inside the campaign.</summary>
    private static readonly DateTimeOffset _daytime = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Run_PushesEachRepsSuggestionsToTheCrmOnce_AndARerunPushesNothingAgain()
    {
        Environment.SetEnvironmentVariable(SecretVariable, Secret);
        await using var crm = await CrmReceiver.StartAsync(Secret);
        using var examples = new ExampleRepository();
        File.WriteAllText(Path.Combine(examples.Examples, "channels", "rep-crm.yaml"), $"""
            apiVersion: contentops.io/v1alpha1
            kind: ChannelTarget
            metadata:
              name: rep-crm
              namespace: diabetes
            spec:
              type: crm
              endpoint: {crm.Url}
              secretRef: {"{"}name: {SecretVariable}{"}"}
              formats: [rep-talk-track]
              allowedAudienceRoles: [rep]
            """);
        var time = new FakeTimeProvider(_daytime);
        using var runtime = EmbeddedRuntime.Open(Path.Combine(examples.Examples, ".contentops"), examples.Examples, examples.Head, new EmbeddedOptions { Workers = 2 }, time);

        var first = await RunAsync(runtime, examples, time);

        Assert.True(first.Sends.SuggestionsPushed > 0, $"new suggestions reach the CRM: {first.Sends}");
        var requests = crm.Requests;
        Assert.Equal(first.Sends.SuggestionsPushed, requests.Count);
        Assert.All(requests, r => Assert.True(r.SignatureValid));
        Assert.All(requests, r => Assert.Equal("nba-card", r.Body["item"]!["kind"]!.GetValue<string>()));
        Assert.All(requests, r => Assert.False(string.IsNullOrEmpty(r.Body["item"]!["rep"]!.GetValue<string>())));
        Assert.All(requests, r => Assert.False(string.IsNullOrEmpty(r.Body["item"]!["reason"]!.GetValue<string>())));
        Assert.Equal(requests.Count, requests.Select(r => r.Key).Distinct().Count());
        Assert.True(requests.Select(r => r.Body["item"]!["rep"]!.GetValue<string>()).Distinct().Count() > 1, "every rep's list is pushed, not one rep's");

        time.Advance(TimeSpan.FromMinutes(5));
        var second = await RunAsync(runtime, examples, time);

        Assert.Equal(0, second.Sends.SuggestionsPushed);
        Assert.Equal(requests.Count, crm.Requests.Count);
    }

    private static async Task<RunReport> RunAsync(EmbeddedRuntime runtime, ExampleRepository examples, FakeTimeProvider time)
    {
        var declarations = new DeclarationLoader(time, DeclarationLimits.Default).Load(examples.Examples);
        Assert.False(declarations.HasErrors, string.Join("\n", declarations.Diagnostics.Select(d => d.ToString())));
        var report = await runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], examples.Head, null, CancellationToken.None);
        Assert.Equal(ContentPiecePhase.Published, (runtime.State.Resources.Get(new ResourceKey("ContentPiece", "diabetes", "klp-wechat-efficacy-metformin")) as ContentPiece)?.Status?.Phase);
        return report;
    }
}
