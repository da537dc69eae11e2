using ContentOps.Core.Api;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// A small campaign repository in a temp folder whose generated content passes its own review: a wechat article
/// (webhook, no approval), a rep talk track (file outbox, no approval) and an email (webhook, medical + legal
/// approval). Claims are single sentences so the review engine's traceability tuning cannot move these tests.
/// </summary>
internal sealed class FixtureRepository : IDisposable
{
    public const string Namespace = "cardio";
    public const string Wechat = "atp-wechat-efficacy";
    public const string Rep = "atp-rep-safety";
    public const string Email = "atp-email-launch";

    private readonly TempDirectory _folder = TempDirectory.Create();

    private FixtureRepository(string webhookBase, string secretName)
    {
        SecretVariable = secretName.ToUpperInvariant().Replace('-', '_');
        _folder.Write("campaign.yaml", Campaign);
        _folder.Write("claims.yaml", Claims);
        _folder.Write("policies/base-sop.yaml", BaseSop);
        _folder.Write("policies/email-mlr.yaml", EmailMlr);
        _folder.Write("policies/wechat-tone.yaml", WechatTone);
        _folder.Write("channels.yaml", Channels(webhookBase.TrimEnd('/'), secretName));
        _folder.Write("pieces/atp-wechat-efficacy.yaml", WechatPiece);
        _folder.Write("pieces/atp-rep-safety.yaml", RepPiece);
        _folder.Write("pieces/atp-email-launch.yaml", EmailPiece);
    }

    public string Root => _folder.Path;

    /// <summary>The environment variable the webhook channels' secretRef resolves to in embedded mode.</summary>
    public string SecretVariable { get; }

    public string StateFolder => Path.Combine(Root, ".contentops");

    /// <summary>A repository whose webhook channels post to <paramref name="webhookBase"/>/wechat and /email.</summary>
    public static FixtureRepository Create(string webhookBase, string? secretName = null) =>
        new(webhookBase, secretName ?? "hook-secret-" + Guid.NewGuid().ToString("N")[..8]);

    public string File(string relative) => _folder.File(relative);

    public void Write(string relative, string text) => _folder.Write(relative, text);

    public void Replace(string relative, string oldText, string newText) => _folder.Replace(relative, oldText, newText);

    /// <summary>Stamps a piece with the commit it was declared at, as CI or a GitOps tool does for the operator.</summary>
    public void AnnotateSourceRevision(string piece, string revision) => Replace(
        $"pieces/{piece}.yaml",
        $"  namespace: {Namespace}\nspec:",
        $"  namespace: {Namespace}\n  annotations:\n    {ApiGroup.SourceRevisionAnnotation}: \"{revision}\"\nspec:");

    public void Delete(string relative) => System.IO.File.Delete(_folder.File(relative));

    /// <summary>Adds <paramref name="count"/> more wechat articles on the webhook channel (no approval needed).</summary>
    public IReadOnlyList<string> AddWechatArticles(int count)
    {
        var names = Enumerable.Range(1, count).Select(i => $"atp-wechat-topic-{i}").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i + 1)))
        {
            Write($"pieces/{name}.yaml", $"""
                apiVersion: contentops.io/v1alpha1
                kind: ContentPiece
                metadata:
                  name: {name}
                  namespace: cardio
                spec:
                  campaign: atp-launch
                  format: wechat-article
                  channels: [hcp-webhook]
                  audience:
                    role: hcp
                  title: 安泰平®（阿莫地平片）学术专题第{i}期
                  brief: 第{i}期服务号专题，面向心内科医生介绍安泰平的降压疗效，语气学术、克制。
                  keyMessages: [km-bp]
                  claims: [atp-bp]
                """);
        }

        return names;
    }

    public void Dispose() => _folder.Dispose();

    private const string Campaign = """
        apiVersion: contentops.io/v1alpha1
        kind: Campaign
        metadata:
          name: atp-launch
          namespace: cardio
        spec:
          displayName: 安泰平上市推广
          product:
            name: 安泰平
            genericName: 阿莫地平片
            type: rx
            indications: [成人原发性高血压]
          therapeuticArea: cardiology
          audience:
            role: hcp
          keyMessages:
            - id: km-bp
              text: 安泰平®（阿莫地平片）平稳控制血压。
              claims: [atp-bp]
          claimLibraries: [atp-claims]
          channels: [hcp-webhook, email-webhook, rep-outbox]
        """;

    private const string Claims = """
        apiVersion: contentops.io/v1alpha1
        kind: ClaimLibrary
        metadata:
          name: atp-claims
          namespace: cardio
        spec:
          product: 安泰平
          claims:
            - id: atp-bp
              category: efficacy
              text: 安泰平®（阿莫地平片）治疗12周可使收缩压较基线平均降低12 mmHg。
              references: [atp-label]
            - id: atp-dose
              category: dosing
              text: 推荐剂量为5 mg，每日一次口服。
              references: [atp-label]
            - id: atp-ae
              category: safety
              text: 最常见的不良反应为头痛和踝部水肿。
              references: [atp-label]
          references:
            - id: atp-label
              citation: 安泰平®（阿莫地平片）说明书.
        """;

    private const string BaseSop = """
        apiVersion: contentops.io/v1alpha1
        kind: SopPolicy
        metadata:
          name: base-sop
          namespace: cardio
        spec:
          description: 全部内容的基本审查规则。
          rules:
            - id: brand-with-generic-name
              kind: requiredText
              severity: block
              text: [安泰平®（阿莫地平片）]
              position: anywhere
              message: 商品名必须与通用名同时出现。
            - id: academic-tone
              kind: forbiddenTerms
              severity: warn
              terms:
                - term: 神药
              message: 口语化表达不符合学术语气。
        """;

    private const string EmailMlr = """
        apiVersion: contentops.io/v1alpha1
        kind: SopPolicy
        metadata:
          name: email-mlr
          namespace: cardio
        spec:
          description: 邮件须经医学与法务审批。
          selector:
            formats: [email]
          approval:
            roles: [medical, legal]
          rules:
            - id: no-absolute-claims
              kind: forbiddenTerms
              severity: block
              terms:
                - term: 根治
              message: 不得使用绝对化用语。
        """;

    private const string WechatTone = """
        apiVersion: contentops.io/v1alpha1
        kind: SopPolicy
        metadata:
          name: wechat-tone
          namespace: cardio
        spec:
          description: 服务号文章的语气规则。
          selector:
            formats: [wechat-article]
          rules:
            - id: no-hype
              kind: forbiddenTerms
              severity: warn
              terms:
                - term: 超给力
              message: 口语化表达不符合学术语气。
        """;

    private const string WechatPiece = """
        apiVersion: contentops.io/v1alpha1
        kind: ContentPiece
        metadata:
          name: atp-wechat-efficacy
          namespace: cardio
        spec:
          campaign: atp-launch
          format: wechat-article
          channels: [hcp-webhook]
          audience: {role: hcp}
          title: 安泰平®（阿莫地平片）12周降压数据
          brief: 面向心内科医生介绍安泰平的降压疗效与用法用量，语气学术、克制。
          keyMessages: [km-bp]
          claims: [atp-bp, atp-dose]
        """;

    private const string RepPiece = """
        apiVersion: contentops.io/v1alpha1
        kind: ContentPiece
        metadata:
          name: atp-rep-safety
          namespace: cardio
        spec:
          campaign: atp-launch
          format: rep-talk-track
          channels: [rep-outbox]
          audience: {role: hcp}
          brief: 代表拜访时介绍安泰平的常见不良反应，语气客观。
          claims: [atp-ae]
        """;

    private const string EmailPiece = """
        apiVersion: contentops.io/v1alpha1
        kind: ContentPiece
        metadata:
          name: atp-email-launch
          namespace: cardio
        spec:
          campaign: atp-launch
          format: email
          channels: [email-webhook]
          audience: {role: hcp}
          title: 安泰平®（阿莫地平片）上市信息
          brief: 上市通知邮件，介绍安泰平的降压疗效与用法用量，语气正式、简洁。
          claims: [atp-bp, atp-dose]
        """;

    private static string Channels(string webhookBase, string secretName) => $"""
        apiVersion: contentops.io/v1alpha1
        kind: ChannelTarget
        metadata:
          name: hcp-webhook
          namespace: cardio
        spec:
          type: webhook
          endpoint: {webhookBase}/wechat
          secretRef: {"{"}name: {secretName}{"}"}
          formats: [wechat-article]
          allowedAudienceRoles: [hcp]
          hcpVerified: true
        ---
        apiVersion: contentops.io/v1alpha1
        kind: ChannelTarget
        metadata:
          name: email-webhook
          namespace: cardio
        spec:
          type: webhook
          endpoint: {webhookBase}/email
          secretRef: {"{"}name: {secretName}{"}"}
          formats: [email]
          allowedAudienceRoles: [hcp]
          hcpVerified: true
        ---
        apiVersion: contentops.io/v1alpha1
        kind: ChannelTarget
        metadata:
          name: rep-outbox
          namespace: cardio
        spec:
          type: file
          endpoint: out/rep
          formats: [rep-talk-track]
          allowedAudienceRoles: [hcp]
          hcpVerified: true
        """;
}
