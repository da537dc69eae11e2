using ContentOps.Operator.Controller;

namespace ContentOps.Operator.Tests.Controller;

public sealed class ReconcileResultTests
{
    [Fact]
    public void Error_FromException_UsesItsMessageAsReason()
    {
        var failure = new TimeoutException("LLM endpoint timed out");

        var result = ReconcileResult.Error(failure);

        Assert.Equal((ReconcileOutcome.Error, "LLM endpoint timed out", (Exception?)failure), (result.Outcome, result.Reason, result.Exception));
    }

    [Fact]
    public void Factories_RequireAReason()
    {
        Assert.Throws<ArgumentException>(() => ReconcileResult.Stalled(" "));
        Assert.Throws<ArgumentException>(() => ReconcileResult.RequeueAfter(TimeSpan.FromMinutes(1), ""));
    }
}
