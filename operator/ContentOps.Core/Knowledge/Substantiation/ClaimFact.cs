namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>Something a claim states that its reference must state too: a number (with its unit) or a population.</summary>
/// <param name="Kind">number or population.</param>
/// <param name="Text">As the claim writes it, e.g. "0.82%", "24周", "成人".</param>
/// <param name="Value">The number as written without sign ("0.82"), or the population concept ("adults").</param>
/// <param name="Unit">Canonical unit ("%", "week", "mg") or null.</param>
public sealed record ClaimFact(string Kind, string Text, string Value, string? Unit)
{
    /// <summary>A number or a quantity.</summary>
    public const string Number = "number";

    /// <summary>A patient population (adults, type 2 diabetes, renal impairment, …).</summary>
    public const string Population = "population";
}
