namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// Chooses an arm for one send among the arms the planner allows (consent, caps and quiet hours are enforced
/// before: the mask only ever narrows the choice), and learns from the engagement the send produced.
/// </summary>
public interface IArmPolicy
{
    /// <summary>Short name used in reports ("thompson-probit", "uniform").</summary>
    string Name { get; }

    /// <summary>The chosen arm index, always one with <paramref name="allowed"/> true; -1 when none is allowed.</summary>
    int Choose(int segment, ReadOnlySpan<bool> allowed);

    /// <summary>Records whether the send on <paramref name="arm"/> to <paramref name="segment"/> engaged.</summary>
    void Observe(int segment, int arm, bool engaged);
}
