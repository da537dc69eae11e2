namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// Tests that reconcile the whole example repository or start child runs of it: they run one after another and apart
/// from every other test, so timing-sensitive tests (the Prometheus dashboard run) keep their margin on two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExampleRunCollection
{
    public const string Name = "Example runs";
}
