using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Sending;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Reconcilers;

public sealed class ChannelTargetReconcilerTests
{
    [Fact]
    public async Task Reconcile_ReportsDegradedWhileSendsFail_AndClearsItAfterRecovery()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var channel = new ChannelTarget
        {
            Metadata = new ObjectMeta { Name = "hcp-sms", Namespace = "diabetes", Generation = 1 },
            Spec = new ChannelTargetSpec { Type = "sms", Endpoint = "https://sms.example.com/send", Formats = ["sms"], AllowedAudienceRoles = ["hcp"] },
        };
        var store = new StatusRecordingStore(channel);
        var health = new ChannelHealth();
        var reconciler = new ChannelTargetReconciler(store, new EnvironmentSecretResolver(), time, health);

        health.Degrade("diabetes/hcp-sms", ConditionReasons.EndpointDown, "The endpoint of hcp-sms failed repeatedly.", time.GetUtcNow());
        await reconciler.ReconcileAsync(channel.Key, default);
        var degraded = Condition(store, channel.Key);
        health.Recover("diabetes/hcp-sms");
        await reconciler.ReconcileAsync(channel.Key, default);
        var recovered = Condition(store, channel.Key);

        Assert.Equal((ConditionStatus.True, ConditionReasons.EndpointDown), (degraded!.Status, degraded.Reason));
        Assert.Equal((ConditionStatus.False, ConditionReasons.Healthy), (recovered!.Status, recovered.Reason));
    }

    private static Condition? Condition(StatusRecordingStore store, ResourceKey key) =>
        ((ChannelTarget)store.Get(key)!).Status!.Conditions!.SingleOrDefault(c => c.Type == ConditionTypes.Degraded);

    /// <summary>One channel target whose status writes are kept.</summary>
    private sealed class StatusRecordingStore(ChannelTarget channel) : Operator.Stores.IResourceStore
    {
        public Resource? Get(ResourceKey key) => key == channel.Key ? channel : null;

        public IReadOnlyList<Resource> List(string kind, string? ns = null) => kind == "ChannelTarget" ? [channel] : [];

        public Task<bool> UpdateStatusAsync(ResourceKey key, ResourceStatus status, CancellationToken cancellationToken)
        {
            channel.Status = (ChannelTargetStatus)status;
            return Task.FromResult(true);
        }

        public Task AddFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RemoveFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
