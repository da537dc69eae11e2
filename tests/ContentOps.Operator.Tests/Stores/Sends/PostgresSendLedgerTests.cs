using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Postgres;
using ContentOps.Operator.Tests.TestSupport;
using Npgsql;

namespace ContentOps.Operator.Tests.Stores.Sends;

/// <summary>The send-ledger contract on a real PostgreSQL; every open is a new data source on the same database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSendLedgerTests(PostgresServer server) : SendLedgerContract, IAsyncLifetime
{
    private string _connectionString = "";
    private NpgsqlDataSource? _source;

    public async Task InitializeAsync() => _connectionString = await server.CreateDatabaseAsync("sends");

    private protected override async Task<ISendLedger> OpenAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }

        _source = NpgsqlDataSource.Create(_connectionString);
        var ledger = new PostgresSendLedger(_source);
        await ledger.EnsureSchemaAsync(default);
        return ledger;
    }

    public async Task DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }
    }
}
