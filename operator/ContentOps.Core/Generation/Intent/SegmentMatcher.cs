using ContentOps.Core.Api.Audiences;

namespace ContentOps.Core.Generation.Intent;

/// <summary>
/// Decides which segment a directive's "who" (三级医院, 基层全科医生, 内分泌科) addresses, from the segment's hospital
/// tiers, specialties, description and name. Every tier or specialty the directive names must be the segment's.
/// </summary>
public static class SegmentMatcher
{
    private static readonly (string Value, string[] Words)[] _tiers =
    [
        ("tier3", ["三级", "三甲"]),
        ("tier2", ["二级", "二甲"]),
        ("tier1", ["一级"]),
        ("community", ["基层", "社区", "乡镇", "卫生院"]),
    ];

    private static readonly (string Value, string[] Words)[] _specialties =
    [
        ("endocrinology", ["内分泌"]),
        ("general-practice", ["全科"]),
        ("cardiology", ["心内", "心血管"]),
        ("oncology", ["肿瘤"]),
        ("nephrology", ["肾内", "肾脏"]),
        ("neurology", ["神经内"]),
        ("respiratory", ["呼吸"]),
        ("pharmacy", ["药师", "药剂"]),
    ];

    public static bool Matches(SegmentDirective directive, Segment segment)
    {
        var who = directive.Who;
        if (segment.Name.Equals(who, StringComparison.OrdinalIgnoreCase)
            || (who.Length >= 2 && segment.Description?.Contains(who, StringComparison.Ordinal) == true))
        {
            return true;
        }

        var tiers = Named(who, _tiers);
        var specialties = Named(who, _specialties);
        if (tiers.Count == 0 && specialties.Count == 0)
        {
            return false;
        }

        var description = segment.Description ?? "";
        var segmentTiers = (segment.HospitalTiers ?? []).Concat(Named(description, _tiers)).ToHashSet(StringComparer.Ordinal);
        var segmentSpecialties = (segment.Specialties ?? []).Concat(Named(description, _specialties)).ToHashSet(StringComparer.Ordinal);
        return (tiers.Count == 0 || tiers.Any(segmentTiers.Contains))
            && (specialties.Count == 0 || specialties.Any(segmentSpecialties.Contains));
    }

    /// <summary>The directive of <paramref name="intent"/> that addresses <paramref name="segment"/>, if any.</summary>
    public static SegmentDirective? For(BriefIntent intent, Segment? segment) =>
        segment is null ? null : intent.Directives.FirstOrDefault(d => Matches(d, segment));

    private static List<string> Named(string text, (string Value, string[] Words)[] table) =>
        [.. table.Where(t => t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(t => t.Value)];
}
