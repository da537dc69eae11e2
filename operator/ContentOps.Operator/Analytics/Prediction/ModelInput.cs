using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>The ML.NET row of one send: categorical features as text, the rest as numbers.</summary>
internal sealed class ModelInput
{
    public string Format { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Segment { get; set; } = "";

    public string Topic { get; set; } = "";

    public float Hour { get; set; }

    public float Weekday { get; set; }

    public float Length { get; set; }

    public float Efficacy { get; set; }

    public float Safety { get; set; }

    public float Dosing { get; set; }

    public float Mechanism { get; set; }

    public float Guideline { get; set; }

    public bool Label { get; set; }

    public static ModelInput From(EngagementFeatures f, bool engaged = false) => new()
    {
        Format = f.Format,
        Channel = f.Channel,
        Segment = f.Segment,
        Topic = f.Topic,
        Hour = f.Hour,
        Weekday = (float)f.Weekday,
        Length = f.Length,
        Efficacy = Has(f, "efficacy"),
        Safety = Has(f, "safety"),
        Dosing = Has(f, "dosing"),
        Mechanism = Has(f, "mechanism"),
        Guideline = Has(f, "guideline"),
        Label = engaged,
    };

    private static float Has(EngagementFeatures f, string category) => f.ClaimCategories.Contains(category, StringComparer.OrdinalIgnoreCase) ? 1 : 0;
}

/// <summary>The ML.NET output column read back.</summary>
internal sealed class ModelOutput
{
    public float Probability { get; set; }
}
