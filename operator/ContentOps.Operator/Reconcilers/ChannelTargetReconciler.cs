using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Counts live publications on a channel and checks that its secret, if any, resolves.</summary>
internal sealed class ChannelTargetReconciler(IResourceStore store, ISecretResolver secrets, TimeProvider time)
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

        return new ChannelTargetStatus
        {
            ObservedGeneration = channel.Metadata.Generation,
            Conditions = conditions.ToList(),
            LivePublications = live.Count,
            LastPublishedAt = live.Max(p => p.PublishedAt),
        };
    }
}
