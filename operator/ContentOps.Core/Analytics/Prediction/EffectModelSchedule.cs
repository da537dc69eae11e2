namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// When the effect model is (re)trained: on demand (<c>contentops predict train</c>), and by <c>run --watch</c> and
/// the operator once <see cref="Interval"/> has elapsed since the last training AND at least
/// <see cref="MinimumNewSends"/> sends were delivered since. Below <see cref="MinimumSends"/> delivered sends the
/// baseline serves.
/// </summary>
public sealed record EffectModelSchedule
{
    public static EffectModelSchedule Default { get; } = new();

    /// <summary>Delivered sends needed to train LightGBM at all (fewer: the baseline serves).</summary>
    public int MinimumSends { get; init; } = 500;

    /// <summary>New delivered sends needed before a scheduled retraining.</summary>
    public int MinimumNewSends { get; init; } = 100;

    /// <summary>Least time between scheduled trainings.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Share of the sends, the latest by time, held out to judge the model against the baseline.</summary>
    public double HoldoutShare { get; init; } = 0.2;

    /// <summary>True when a scheduled retraining is due: never trained, or the interval elapsed and enough new sends arrived.</summary>
    public bool IsDue(EffectModelCard? last, int sendsNow, DateTimeOffset now) =>
        last is null
            ? sendsNow > 0
            : now - last.TrainedAt >= Interval && sendsNow - last.Sends >= MinimumNewSends;
}
