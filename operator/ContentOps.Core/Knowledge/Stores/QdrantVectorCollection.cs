using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>
/// Knowledge records in a Qdrant collection (official Qdrant.Client, gRPC). Point ids are UUIDs derived from the
/// record id (kept in the payload as <c>key</c>); filters become Qdrant payload filters on indexed keyword and
/// integer fields, so the server applies them before ranking.
/// </summary>
public sealed class QdrantVectorCollection(QdrantClient client, string name, int dimensions, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    : VectorStoreCollection<string, KnowledgeRecord>
{
    private static readonly string[] _keywordFields = ["kind", "product", "category", "status"];

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) =>
        client.CollectionExistsAsync(name, cancellationToken);

    /// <inheritdoc />
    public override async Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        if (await client.CollectionExistsAsync(name, cancellationToken))
        {
            return;
        }

        await client.CreateCollectionAsync(name, new VectorParams { Size = (ulong)dimensions, Distance = Distance.Cosine }, cancellationToken: cancellationToken);
        foreach (var field in _keywordFields)
        {
            await client.CreatePayloadIndexAsync(name, field, PayloadSchemaType.Keyword, cancellationToken: cancellationToken);
        }

        await client.CreatePayloadIndexAsync(name, "expiresOn", PayloadSchemaType.Integer, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default) =>
        client.DeleteCollectionAsync(name, cancellationToken: cancellationToken);

    /// <inheritdoc />
    public override async Task<KnowledgeRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default)
    {
        var points = await client.RetrieveAsync(name, PointIdOf(key), withPayload: true, withVectors: options?.IncludeVectors ?? false, cancellationToken: cancellationToken);
        return points.Count == 0 ? null : ToRecord(points[0].Payload, points[0].Vectors);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<KnowledgeRecord> GetAsync(IEnumerable<string> keys, RecordRetrievalOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ids = keys.Select(k => new PointId { Uuid = PointIdOf(k).ToString() }).ToList();
        foreach (var point in await client.RetrieveAsync(name, ids, withPayload: true, withVectors: options?.IncludeVectors ?? false, cancellationToken: cancellationToken))
        {
            yield return ToRecord(point.Payload, point.Vectors);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<KnowledgeRecord> GetAsync(System.Linq.Expressions.Expression<Func<KnowledgeRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<KnowledgeRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = await client.ScrollAsync(name, QdrantFilters.Translate(filter), (uint)top, payloadSelector: true, cancellationToken: cancellationToken);
        foreach (var point in page.Result)
        {
            yield return ToRecord(point.Payload, point.Vectors);
        }
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        client.DeleteAsync(name, PointIdOf(key), cancellationToken: cancellationToken);

    /// <inheritdoc />
    public override Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default) =>
        client.DeleteAsync(name, keys.Select(PointIdOf).ToList(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    public override Task UpsertAsync(KnowledgeRecord record, CancellationToken cancellationToken = default) =>
        UpsertAsync([record], cancellationToken);

    /// <inheritdoc />
    public override Task UpsertAsync(IEnumerable<KnowledgeRecord> records, CancellationToken cancellationToken = default) =>
        client.UpsertAsync(name, records.Select(ToPoint).ToList(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    public override async IAsyncEnumerable<VectorSearchResult<KnowledgeRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<KnowledgeRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var vector = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory.ToArray(),
            float[] array => array,
            Embedding<float> embedding => embedding.Vector.ToArray(),
            string text when embedder is not null => (await embedder.GenerateAsync([text], cancellationToken: cancellationToken))[0].Vector.ToArray(),
            _ => throw new NotSupportedException($"search by {typeof(TInput).Name} is not supported; pass a vector, an Embedding<float> or (with an embedder) a string"),
        };
        var filter = options?.Filter is { } expression ? QdrantFilters.Translate(expression) : null;
        var points = await client.QueryAsync(name, vector, filter: filter, limit: (ulong)top, offset: (ulong)(options?.Skip ?? 0),
            payloadSelector: true, cancellationToken: cancellationToken);
        foreach (var point in points)
        {
            yield return new VectorSearchResult<KnowledgeRecord>(ToRecord(point.Payload, null), point.Score);
        }
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(QdrantClient) ? client
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <summary>The point id of a record id: a UUID from its SHA-256 (Qdrant ids are integers or UUIDs).</summary>
    public static Guid PointIdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    private static PointStruct ToPoint(KnowledgeRecord record) => new()
    {
        Id = PointIdOf(record.Id),
        Vectors = record.Vector.ToArray(),
        Payload =
        {
            ["key"] = record.Id,
            ["kind"] = record.Kind,
            ["product"] = record.Product,
            ["category"] = record.Category,
            ["status"] = record.Status,
            ["expiresOn"] = record.ExpiresOn,
            ["source"] = record.Source,
            ["location"] = record.Location,
            ["text"] = record.Text,
        },
    };

    private static KnowledgeRecord ToRecord(Google.Protobuf.Collections.MapField<string, Value> payload, VectorsOutput? vectors) => new()
    {
        Id = payload["key"].StringValue,
        Kind = payload["kind"].StringValue,
        Product = payload["product"].StringValue,
        Category = payload["category"].StringValue,
        Status = payload["status"].StringValue,
        ExpiresOn = (int)payload["expiresOn"].IntegerValue,
        Source = payload["source"].StringValue,
        Location = payload["location"].StringValue,
        Text = payload["text"].StringValue,
        Vector = vectors?.Vector?.Dense?.Data?.ToArray() ?? default(ReadOnlyMemory<float>),
    };
}
