using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// Counts a campaign's pieces by phase, checks that its references resolve, and measures its objectives against the
/// stored engagement events (<paramref name="engagement"/>: the state database's store, null where there is none), and
/// records the effect model that serves (<paramref name="engagementModel"/>) with its prediction for the campaign.
/// </summary>
internal sealed class CampaignReconciler(
    IResourceStore store, TimeProvider time, Func<IEngagementStore?>? engagement = null, Observability.ContentOpsMetrics? metrics = null,
    Func<IReadOnlyList<ContentPiece>, CancellationToken, Task<EngagementModelStatus?>>? engagementModel = null)
    : StatusReconciler<Campaign>(store, time)
{
    public override string Kind => "Campaign";

    protected override IReadOnlyList<Condition>? PreviousConditions(Campaign resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(Campaign campaign, ConditionSet conditions) =>
        ObserveAsync(campaign, conditions, CancellationToken.None).GetAwaiter().GetResult();

    protected override async Task<ResourceStatus> ObserveAsync(Campaign campaign, ConditionSet conditions, CancellationToken cancellationToken)
    {
        var ns = campaign.Metadata.EffectiveNamespace;
        var missing = campaign.Spec.ClaimLibraries.Where(n => Store.Get(new ResourceKey("ClaimLibrary", ns, n)) is null)
            .Concat(campaign.Spec.Channels.Where(n => Store.Get(new ResourceKey("ChannelTarget", ns, n)) is null))
            .ToList();
        if (missing.Count > 0)
        {
            var message = $"Missing references: {string.Join(", ", missing)}.";
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency, message);
            conditions.Set(ConditionTypes.Stalled, true, ConditionReasons.MissingDependency, message);
        }
        else
        {
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, "Every claim library and channel exists.");
        }

        var pieces = InNamespace<ContentPiece>("ContentPiece", campaign).Where(p => p.Spec.Campaign == campaign.Metadata.Name).ToList();
        var events = engagement?.Invoke();
        var kpis = await CampaignKpis.MeasureAsync(campaign, pieces, events, Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (metrics is not null && events is not null)
        {
            EngagementMetricsRecorder.Record(metrics, kpis, await events.AdverseEventsAsync(cancellationToken).ConfigureAwait(false),
                await events.DoctorGroupsAsync(kpis.Scope, cancellationToken).ConfigureAwait(false), await events.ReachedAsync(kpis.Scope, cancellationToken).ConfigureAwait(false));
        }

        return new CampaignStatus
        {
            ObservedGeneration = campaign.Metadata.Generation,
            Conditions = conditions.ToList(),
            Pieces = pieces.Count,
            Published = pieces.Count(p => p.Status?.Phase == ContentPiecePhase.Published),
            AwaitingApproval = pieces.Count(p => p.Status?.Phase == ContentPiecePhase.AwaitingApproval),
            Objectives = kpis.Objectives.Count == 0 ? null : kpis.Objectives,
            ObjectivesOnTrack = kpis.Objectives.Count == 0 ? null : kpis.Objectives.Count(o => o.OnTrack == true),
            CycleTimeDays = kpis.CycleTimeDays is { } days ? Math.Round(days, 2) : null,
            EngagementModel = engagementModel is null ? null : await engagementModel(pieces, cancellationToken).ConfigureAwait(false),
        };
    }
}
