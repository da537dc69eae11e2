namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// Tests that reconcile the whole example repository or start child runs of it: they run one after another, so the
/// two cores are not shared by several example runs at once (timing-sensitive tests elsewhere keep their margin).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ExampleRunCollection
{
    public const string Name = "Example runs";
}
