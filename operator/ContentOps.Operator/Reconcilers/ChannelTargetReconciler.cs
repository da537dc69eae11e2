using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Counts live publications on a channel, checks that its secret, if any, resolves, and reports it Degraded while its sends fail.</summary>
internal sealed class ChannelTargetReconciler(IResourceStore store, ISecretResolver secrets, TimeProvider time, Sending.ChannelHealth? health = null)
    : StatusReconciler<ChannelTarget>(store, time)
{
    public override string Kind => "ChannelTarget";

    protected override IReadOnlyList<Condition>? PreviousConditions(ChannelTarget resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(ChannelTarget channel, ConditionSet conditions)
    {
        var name = channel.Metadata.Name;
        var live = InNamespace<ContentPiece>("ContentPiece", channel)
            .SelectMany(p => p.Status?.Publications ?? [])
            .Where(p => p.WithdrawnAt is null && p.Channel.Split('/')[0] == name)
            .ToList();
        if (channel.Spec.SecretRef is { } reference && secrets.Resolve(reference) is null)
        {
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency,
                $"Secret {reference.Name} is not set; publishing to this channel will be unsigned or refused.");
        }
        else
        {
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{live.Count} live publication(s).");
        }

        if (health?.Of($"{channel.Metadata.EffectiveNamespace}/{name}") is { } degraded)
        {
            conditions.Set(ConditionTypes.Degraded, true, degraded.Reason, degraded.Message);
        }
        else if (channel.Status?.Conditions?.Any(c => c.Type == ConditionTypes.Degraded) == true)
        {
            conditions.Set(ConditionTypes.Degraded, false, ConditionReasons.Healthy, "The last sends to this channel went through.");
        }

        return new ChannelTargetStatus
        {
            ObservedGeneration = channel.Metadata.Generation,
            Conditions = conditions.ToList(),
            LivePublications = live.Count,
            LastPublishedAt = live.Max(p => p.PublishedAt),
        };
    }
}
