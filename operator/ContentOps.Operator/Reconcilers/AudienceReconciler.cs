using ContentOps.Core.Api;
using ContentOps.Core.Api.Audiences;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Counts segments and the profile rows of the audience's CSV (header excluded).</summary>
internal sealed class AudienceReconciler(IResourceStore store, string declarationsRoot, TimeProvider time)
    : StatusReconciler<Audience>(store, time)
{
    public override string Kind => "Audience";

    protected override IReadOnlyList<Condition>? PreviousConditions(Audience resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(Audience audience, ConditionSet conditions)
    {
        int? profiles = null;
        if (audience.Spec.Profiles is { } source)
        {
            var path = Path.GetFullPath(Path.Combine(declarationsRoot, source.Path));
            if (File.Exists(path))
            {
                profiles = Math.Max(0, File.ReadLines(path).Count(l => l.Length > 0) - 1);
                conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{profiles} profile(s) in {source.Path}.");
            }
            else
            {
                conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency, $"Profile file {source.Path} does not exist.");
            }
        }
        else
        {
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{audience.Spec.Segments.Count} segment(s).");
        }

        return new AudienceStatus
        {
            ObservedGeneration = audience.Metadata.Generation,
            Conditions = conditions.ToList(),
            Segments = audience.Spec.Segments.Count,
            Profiles = profiles,
        };
    }
}
