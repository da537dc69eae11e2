using ContentOps.Core.Api;
using ContentOps.Core.Api.Audiences;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// Reads the audience's profiles (file or PostgreSQL) and counts them: profiles, opt-ins per consent channel,
/// rejected rows. Bad rows do not make the audience unready (the good ones are used); an unreadable source or a
/// missing required column does. Only counts reach the status, never personal data.
/// </summary>
internal sealed class AudienceReconciler(IResourceStore store, ProfileLoader profiles, TimeProvider time)
    : StatusReconciler<Audience>(store, time)
{
    private const int RejectedShown = 3;

    public override string Kind => "Audience";

    protected override IReadOnlyList<Condition>? PreviousConditions(Audience resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(Audience audience, ConditionSet conditions) =>
        throw new NotSupportedException("Audiences are observed asynchronously.");

    protected override async Task<ResourceStatus> ObserveAsync(Audience audience, ConditionSet conditions, CancellationToken cancellationToken)
    {
        if (audience.Spec.Profiles is not { } source)
        {
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{audience.Spec.Segments.Count} segment(s).");
            return Status(audience, conditions);
        }

        var read = await profiles.LoadAsync(source, cancellationToken);
        if (read.Error is { } error)
        {
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency, error);
            return Status(audience, conditions);
        }

        var rejected = read.Rejected.Count == 0
            ? ""
            : $" {read.Rejected.Count} row(s) rejected: {string.Join(" | ", read.Rejected.Take(RejectedShown))}{(read.Rejected.Count > RejectedShown ? " | …" : "")}.";
        var optIns = read.OptInsPerChannel();
        conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid,
            $"{read.Profiles.Count} profile(s); opt-ins {string.Join(", ", optIns.Select(c => $"{c.Key} {c.Value}"))}.{rejected}");
        return new AudienceStatus
        {
            ObservedGeneration = audience.Metadata.Generation,
            Conditions = conditions.ToList(),
            Segments = audience.Spec.Segments.Count,
            Profiles = read.Profiles.Count,
            Consents = optIns,
            RejectedRows = read.Rejected.Count,
        };
    }

    private static AudienceStatus Status(Audience audience, ConditionSet conditions) => new()
    {
        ObservedGeneration = audience.Metadata.Generation,
        Conditions = conditions.ToList(),
        Segments = audience.Spec.Segments.Count,
    };
}
