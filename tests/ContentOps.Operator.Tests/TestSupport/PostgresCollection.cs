namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>Test classes in this collection share one <see cref="PostgresServer"/> (started once, about a second).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
