using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Postgres;
using ContentOps.Operator.Tests.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace ContentOps.Operator.Tests.Stores.Engagement;

/// <summary>The engagement-store contract on a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEngagementStoreTests(PostgresServer server, ITestOutputHelper output) : EngagementStoreContract(output), IAsyncLifetime
{
    private NpgsqlDataSource? _source;
    private (IEngagementStore, ISendLedger)? _stores;

    protected override string Database => "PostgreSQL";

    public async Task InitializeAsync() => _source = NpgsqlDataSource.Create(await server.CreateDatabaseAsync("engagement"));

    private protected override async Task<(IEngagementStore Events, ISendLedger Sends)> OpenAsync()
    {
        if (_stores is { } open)
        {
            return open;
        }

        var events = new PostgresEngagementStore(_source!);
        await events.EnsureSchemaAsync(default);
        var sends = new PostgresSendLedger(_source!);
        await sends.EnsureSchemaAsync(default);
        _stores = (events, sends);
        return _stores.Value;
    }

    public async Task DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }
    }
}
