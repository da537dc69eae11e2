using System.Globalization;
using System.Text;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Embedded;

/// <summary>
/// kill -9 of a real <c>contentops run</c> process around per-HCP sends (after the outbox intents, while the gateway
/// holds a message it has not answered, after the answer before the receipt is written), then reruns until converged:
/// a real HTTP SMS gateway (deduplicating by Idempotency-Key, as gateways do) delivers exactly one message to each
/// consenting HCP, no run re-posts a key whose receipt the ledger holds, and every receipt ends in the ledger with the
/// gateway's message id.
/// </summary>
[Collection(ExampleRunCollection.Name)]
public sealed class PerHcpCrashSafetyTests
{
    private const int MaxRuns = 12;
    private const int Hcps = 16;

    [Fact]
    public async Task KilledRuns_SendEachHcpOneMessage_AndLoseNoReceipt()
    {
        ChildRun? current = null;
        var plan = new KillPlan([(1, ReceiverStage.BeforeAnswer), (2, ReceiverStage.AfterAnswer), (1, ReceiverStage.AfterAnswer), (2, ReceiverStage.BeforeAnswer)]);
        await using var gateway = await SmsGatewayReceiver.StartAsync(EmbeddedScenario.Secret, async (_, stage) =>
        {
            if (current is { } run && plan.ShouldKill(run, stage))
            {
                await run.KillAsync();
            }
        });
        await using var webhooks = await WebhookReceiver.StartAsync(EmbeddedScenario.Secret);
        using var repository = FixtureRepository.Create(webhooks.BaseUrl);
        AddSmsAudience(repository, gateway.Url);
        var environment = new Dictionary<string, string> { [repository.SecretVariable] = EmbeddedScenario.Secret };

        for (var attempt = 1; ; attempt++)
        {
            Assert.True(attempt <= MaxRuns, $"not converged after {MaxRuns} runs");
            var receipted = SendRows.Read(repository.StateFolder).Where(r => r.State == SendStates.Sent).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            var seen = gateway.Deliveries.Count;
            using var run = ChildRun.Start(repository.Root, environment);
            current = run;
            var exit = await run.WaitAsync();

            var resent = gateway.Deliveries.Skip(seen).Where(d => receipted.Contains(d.IdempotencyKey)).ToList();
            Assert.True(resent.Count == 0, $"run {attempt} re-posted keys whose receipt was recorded: {string.Join(", ", resent.Select(d => d.IdempotencyKey[..12]))}");
            if (run.Killed)
            {
                continue;
            }

            Assert.True(exit == 0, $"run {attempt} exited {exit}:\n{run.Output}");
            break;
        }

        Assert.True(plan.Kills >= 3, $"at least three runs should have been killed mid-send; {plan.Kills} were");
        var deliveries = gateway.Deliveries;
        Assert.All(deliveries, d => Assert.True(d.SignatureValid, $"POST {d.Number} has a bad signature"));
        // Exactly one message per consenting HCP: one distinct key per mobile, every consenting mobile reached.
        var perMobile = deliveries.GroupBy(d => d.Mobile).ToDictionary(g => g.Key, g => g.Select(d => d.IdempotencyKey).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Hcps).Where(Consents).Select(Mobile).Order(StringComparer.Ordinal), perMobile.Keys.Order(StringComparer.Ordinal));
        Assert.All(perMobile, m => Assert.True(m.Value == 1, $"{m.Key} received {m.Value} different messages"));
        // A resend after a kill is the same message under the same key (the gateway drops it), at most the in-flight sends.
        var duplicates = deliveries.Where(d => d.Duplicate).ToList();
        Assert.True(duplicates.Count <= 2 * plan.Kills, $"{duplicates.Count} resends for {plan.Kills} kills");
        Assert.All(duplicates, d => Assert.Equal(deliveries.First(f => f.IdempotencyKey == d.IdempotencyKey).Text, d.Text));
        // No receipt is lost: every send is Sent with the gateway's id for its key.
        var rows = SendRows.Read(repository.StateFolder).Where(r => r.Channel.EndsWith("/hcp-sms", StringComparison.Ordinal)).ToList();
        Assert.Equal(perMobile.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal((SendStates.Sent, SmsGatewayReceiver.IdFor(r.Key)), (r.State, r.ExternalId)));

        var posts = gateway.Deliveries.Count;
        using var idle = ChildRun.Start(repository.Root, environment);
        Assert.Equal(0, await idle.WaitAsync());
        Assert.Equal(posts, gateway.Deliveries.Count);
    }

    /// <summary>Every HCP but the third consents to SMS.</summary>
    private static bool Consents(int i) => i != 3;

    private static string Mobile(int i) => $"139{i:00000000}";

    private static void AddSmsAudience(FixtureRepository repository, string gatewayUrl)
    {
        var csv = new StringBuilder("id,name,title,specialty,hospital,hospitalTier,region,verified,wechatOpenId,email,mobile,wechatOptIn,emailOptIn,smsOptIn,consentAt,consentExpires,preferredChannel,personalizationOptOut,repId\n");
        for (var i = 1; i <= Hcps; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"hcp-{i:000},医生{i},主治医师,cardiology,安和医院,tier3,上海,true,,,{Mobile(i)},false,false,{(Consents(i) ? "true" : "false")},2025-01-01,,sms,false,rep-sh-01\n");
        }

        repository.Write("profiles/hcps.csv", csv.ToString());
        repository.Write("audience.yaml", """
            apiVersion: contentops.io/v1alpha1
            kind: Audience
            metadata:
              name: atp-hcps
              namespace: cardio
            spec:
              role: hcp
              segments:
                - name: cardiologists
                  specialties: [cardiology]
              profiles:
                path: profiles/hcps.csv
            """);
        repository.Write("sms.yaml", $"""
            apiVersion: contentops.io/v1alpha1
            kind: ChannelTarget
            metadata:
              name: hcp-sms
              namespace: cardio
            spec:
              type: sms
              endpoint: {gatewayUrl}
              secretRef: {"{"}name: {repository.SecretVariable}{"}"}
              formats: [sms]
              allowedAudienceRoles: [hcp]
              hcpVerified: true
              sender: 【安和医学】
              concurrency: 2
            """);
        repository.Write("pieces/atp-sms-dose.yaml", """
            apiVersion: contentops.io/v1alpha1
            kind: ContentPiece
            metadata:
              name: atp-sms-dose
              namespace: cardio
            spec:
              campaign: atp-launch
              format: sms
              channels: [hcp-sms]
              audience: {role: hcp, audience: atp-hcps, segments: [cardiologists]}
              brief: 提醒短信，介绍安泰平的用法用量，语气简洁。
              claims: [atp-dose]
            """);
        // SMS carries no ® (carriers reject it): the brand rule of this repository applies to the other formats.
        repository.Replace("policies/base-sop.yaml", "  description: 全部内容的基本审查规则。\n",
            "  description: 全部内容的基本审查规则。\n  selector:\n    formats: [wechat-article, email, rep-talk-track]\n");
        repository.Replace("campaign.yaml", "channels: [hcp-webhook, email-webhook, rep-outbox]", "channels: [hcp-webhook, email-webhook, rep-outbox, hcp-sms]");
    }
}
