namespace ContentOps.Core.Generation.Required;

/// <summary>The elements a policy can require and every format template knows where to put.</summary>
public enum RequiredElementKind
{
    /// <summary>Safety information section with 禁忌 and 不良反应 (label text).</summary>
    SafetyInformation,

    /// <summary>The references section (参考文献).</summary>
    References,

    /// <summary>Trade name with generic name at first mention, e.g. 康力平®（澜格列汀片）.</summary>
    BrandWithGenericName,

    /// <summary>Drug-advertisement approval number (药广审…) or drug approval number (国药准字…).</summary>
    ApprovalNumber,

    /// <summary>Rx statement: 本广告仅供医学药学专业人士阅读 / 本资料仅供医疗卫生专业人士参考.</summary>
    ProfessionalAudienceStatement,

    /// <summary>OTC statement: 请按药品说明书或者在药师指导下购买和使用.</summary>
    OtcStatement,

    /// <summary>Sender signature (SMS 【签名】, email sender).</summary>
    Signature,

    /// <summary>Opt-out (SMS 回T退订, email unsubscribe).</summary>
    OptOut,
}
