using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Tests.TestSupport;
using Npgsql;

namespace ContentOps.Operator.Tests.Distribution;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProfileReaderTests(PostgresServer server) : IAsyncLifetime
{
    private string _connection = "";

    public async Task InitializeAsync()
    {
        _connection = await server.CreateDatabaseAsync("profiles");
        await using var connection = new NpgsqlConnection(_connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            CREATE SCHEMA crm;
            CREATE TABLE crm.hcp_master (
              id text, name text, title text, specialty text, hospital text, "hospitalTier" text, region text,
              verified boolean, "wechatOpenId" text, email text, mobile text,
              "wechatOptIn" boolean, "emailOptIn" boolean, "smsOptIn" boolean, "consentAt" date, "consentExpires" timestamptz,
              "preferredChannel" text, "personalizationOptOut" boolean, "repId" text);
            INSERT INTO crm.hcp_master VALUES
              ('hcp-1', '甲', '主任医师', 'endocrinology', '澜江医院', 'tier3', '江苏', true, 'o1', 'a@example.com', '13800000001',
               true, true, false, '2026-03-01', '2027-03-01T00:00:00+08:00', 'wechat', false, 'rep-1'),
              ('hcp-2', '乙', '主治医师', 'endocrinology', '澜江医院', 'tier2', '江苏', true, null, null, null,
               false, true, false, null, null, 'fax', false, 'rep-1');
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadAsync_ReadsATable_AndRejectsBadRowsByTheirId()
    {
        var result = await PostgresProfileReader.ReadAsync(_connection, new PostgresProfileSource { Table = "crm.hcp_master" }, CancellationToken.None);

        Assert.Null(result.Error);
        var hcp = Assert.Single(result.Profiles);
        Assert.Equal(("hcp-1", true, "wechat"), (hcp.Id, hcp.Verified, hcp.PreferredChannel));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), hcp.WeChatConsent.ConsentAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), hcp.WeChatConsent.ConsentExpires);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("table crm.hcp_master row id=hcp-2", rejected.Location);
        Assert.Contains("preferredChannel", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NamesMissingColumnsOfAQuery()
    {
        var result = await PostgresProfileReader.ReadAsync(_connection, new PostgresProfileSource { Query = "SELECT id, name FROM crm.hcp_master" }, CancellationToken.None);

        Assert.NotNull(result.Error);
        Assert.Contains("repId", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loader_TakesTheConnectionFromTheSecret_AndNeverPutsItInMessages()
    {
        var secrets = new FixedSecrets(_connection.Replace("Database=", "Password=planted-secret-4711;Database=", StringComparison.Ordinal));
        var loader = new ProfileLoader("/nonexistent", secrets);
        var source = new ProfileSource { Postgres = new PostgresProfileSource { ConnectionSecretRef = new SecretReference { Name = "hcp-master" }, Query = "SELECT * FROM crm.missing_table" } };

        var result = await loader.LoadAsync(source, CancellationToken.None);

        Assert.NotNull(result.Error);
        Assert.DoesNotContain("planted-secret-4711", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", result.Error, StringComparison.Ordinal);
    }

    private sealed class FixedSecrets(string value) : ContentOps.Operator.Reconcilers.ISecretResolver
    {
        public string? Resolve(SecretReference reference) => value;
    }
}
