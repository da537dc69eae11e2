using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Operator.Tests.Stores.Local;

/// <summary>Declared objects as the YAML loader would produce them.</summary>
internal static class TestResources
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static ContentPiece Piece(
        string name,
        string ns = "diabetes",
        string brief = "面向内分泌科医生介绍降糖疗效与低血糖风险。",
        IReadOnlyDictionary<string, string>? labels = null,
        IReadOnlyDictionary<string, string>? annotations = null) => new()
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns, Labels = labels, Annotations = annotations },
            Spec = new ContentPieceSpec
            {
                Campaign = "kanglipin-launch-2026",
                Format = "wechat-article",
                Channels = ["wechat-hcp", "email-hcp", "webhook-crm"],
                Brief = brief,
                Claims = ["klp-hba1c-24w", "klp-hypoglycemia-rate"],
            },
        };

    public static SopPolicy Policy(string name) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "diabetes" },
        Spec = new SopPolicySpec { Description = "company SOP" },
    };

    public static ContentPieceStatus Status(string phase, string? digest = null) => new()
    {
        ObservedGeneration = 1,
        Phase = phase,
        ContentDigest = digest,
        Conditions =
        [
            new Condition { Type = ConditionTypes.Ready, Status = ConditionStatus.False, Reason = "Generating", LastTransitionTime = T0 },
        ],
    };

    public static ResourceKey Key(string name, string kind = "ContentPiece", string ns = "diabetes") => new(kind, ns, name);
}
