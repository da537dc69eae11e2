using System.Text.Json;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Observability;
using ContentOps.Operator.Tests.TestSupport;
using Qdrant.Client.Grpc;

namespace ContentOps.Operator.Tests.Cli;

/// <summary><c>search --vector-store qdrant</c> end to end: the CLI talks gRPC over HTTP/2 to the in-process Qdrant.</summary>
public sealed class SearchQdrantTests
{
    private static readonly string _claims = Crds.RepositoryRoot.Combine("examples", "claims", "klp-claims.yaml");

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Search_WithQdrant_WritesTheClaimsThereAndRanksByItsAnswer()
    {
        await using var qdrant = await QdrantGrpcHost.StartAsync();

        var (exit, output, error) = await RunAsync("search", "和二甲双胍联用的低血糖发生率", _claims, "--mode", "vector", "--top", "3", "--format", "json",
            "--vector-store", "qdrant", "--qdrant-url", qdrant.Url, "--qdrant-collection", "klp-test");

        Assert.True(exit == CliRunner.Success, error);
        var ids = JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal("klp-hypoglycemia-rate", ids[0]);
        var upserted = qdrant.Fake.Requests.Where(r => r.Method == "/qdrant.Points/Upsert").SelectMany(r => ((UpsertPoints)r.Request).Points).ToList();
        Assert.Equal(10, upserted.Count);
        Assert.All(upserted, p => Assert.NotEqual(Qdrant.Client.Grpc.Vectors.VectorsOptionsOneofCase.None, p.Vectors.VectorsOptionsCase));
        var query = (QueryPoints)Assert.Single(qdrant.Fake.Requests, r => r.Method == "/qdrant.Points/Query").Request;
        Assert.Equal("klp-test", query.CollectionName);
        Assert.Contains("approved", query.Filter.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithQdrant_NeverReturnsTheWithdrawnClaim_InHybridMode()
    {
        await using var qdrant = await QdrantGrpcHost.StartAsync();

        var (exit, output, error) = await RunAsync("search", "II期剂量探索研究 10 mg HbA1c降低1.1%", _claims, "--top", "20", "--format", "json",
            "--vector-store", "qdrant", "--qdrant-url", qdrant.Url);

        Assert.True(exit == CliRunner.Success, error);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.DoesNotContain(results, r => r.GetProperty("id").GetString() == "klp-hba1c-12w-phase2");
        Assert.Contains(results, r => r.TryGetProperty("vectorRank", out var rank) && rank.ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Search_WithQdrantButNoUrl_IsAUsageErrorNamingTheFlag()
    {
        var (exit, _, error) = await RunAsync("search", "低血糖", _claims, "--vector-store", "qdrant");

        Assert.Equal(CliRunner.UsageError, exit);
        Assert.Contains("--qdrant-url", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WhenQdrantDoesNotAnswer_FailsWithTheUrl()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";

        var (exit, _, error) = await RunAsync("search", "低血糖", _claims, "--vector-store", "qdrant", "--qdrant-url", url);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains(url, error, StringComparison.Ordinal);
    }
}
