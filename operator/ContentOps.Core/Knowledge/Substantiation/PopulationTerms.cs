namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>
/// Patient populations a claim may be limited to, each with its Chinese and English wordings, so a Chinese claim
/// can be checked against an English publication.
/// </summary>
internal static class PopulationTerms
{
    public static IReadOnlyList<(string Concept, string[] Terms)> All { get; } =
    [
        ("type 2 diabetes", ["2型糖尿病", "type 2 diabetes", "T2DM"]),
        ("type 1 diabetes", ["1型糖尿病", "type 1 diabetes", "T1DM"]),
        ("adults", ["成人", "成年", "adult"]),
        ("elderly", ["老年", "elderly", "older adult", "aged 65"]),
        ("children", ["儿童", "青少年", "children", "pediatric", "paediatric", "adolescent"]),
        ("pregnancy", ["孕妇", "妊娠", "pregnan"]),
        ("renal impairment", ["肾功能不全", "肾功能损害", "renal impairment", "kidney disease"]),
        ("hepatic impairment", ["肝功能不全", "肝功能损害", "hepatic impairment"]),
        ("on metformin", ["二甲双胍", "metformin"]),
        ("on insulin", ["胰岛素", "insulin"]),
        ("on sulfonylurea", ["磺脲类", "sulfonylurea", "sulphonylurea"]),
    ];
}
