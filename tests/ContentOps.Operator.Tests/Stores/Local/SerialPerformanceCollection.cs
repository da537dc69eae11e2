namespace ContentOps.Operator.Tests.Stores.Local;

/// <summary>Timing tests run alone, not beside other test classes competing for the two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialPerformanceCollection
{
    public const string Name = "Serial performance";
}
